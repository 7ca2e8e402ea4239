package mamori.web;

import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.identity.Passkeys;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The passkey relying party the pages share (staff second factor and resident sign-in), its
 * ceremonies with their challenges kept in the session and used once, and the JSON they speak. The
 * relying-party id and the origins come from {@code mamori.portal.rp-id} and {@code
 * mamori.portal.origins} (localhost and this server's port by default): a passkey made for one
 * installation is refused by any other origin.
 */
@Component
class PasskeyParty {
  static final JsonMapper JSON =
      JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

  private final Passkeys passkeys;
  private final Environment environment;
  private volatile @Nullable WebAuthnRelyingPartyOperations operations;

  PasskeyParty(Passkeys passkeys, Environment environment) {
    this.passkeys = passkeys;
    this.environment = environment;
  }

  /** The relying party, made at first use, when the server's port is known. */
  WebAuthnRelyingPartyOperations operations() {
    WebAuthnRelyingPartyOperations rp = operations;
    if (rp == null) {
      String rpId = environment.getProperty("mamori.portal.rp-id", "localhost");
      String port = environment.getProperty("local.server.port", "8080");
      Set<String> origins =
          new LinkedHashSet<>(
              Arrays.asList(
                  environment
                      .getProperty("mamori.portal.origins", "http://localhost:" + port)
                      .split(",")));
      rp = passkeys.relyingParty(rpId, "Mamori", origins);
      operations = rp;
    }
    return rp;
  }

  /**
   * A registration challenge for {@code owner}'s new passkey, kept in the session under {@code
   * key}; its JSON.
   */
  String beginRegistration(HttpSession session, String key, String owner) {
    PublicKeyCredentialCreationOptions options =
        operations()
            .createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(
                    UsernamePasswordAuthenticationToken.authenticated(owner, null, List.of())));
    session.setAttribute(key, options);
    return JSON.writeValueAsString(options);
  }

  /**
   * Registers the passkey in {@code body} ({@code {"credential":..., "label":...}}) against the
   * challenge kept under {@code key}, which is used up either way.
   *
   * @return false when there was no challenge or the passkey was refused
   */
  boolean finishRegistration(@Nullable HttpSession session, String key, String body) {
    return register(session, key, body) != null;
  }

  /**
   * As {@link #finishRegistration}, giving the id of the passkey registered, or null when there was
   * no challenge or the passkey was refused.
   */
  @Nullable Bytes register(@Nullable HttpSession session, String key, String body) {
    if (session == null
        || !(session.getAttribute(key) instanceof PublicKeyCredentialCreationOptions options)) {
      return null;
    }
    session.removeAttribute(key);
    try {
      return operations()
          .registerCredential(
              new ImmutableRelyingPartyRegistrationRequest(
                  options, JSON.readValue(body, RelyingPartyPublicKey.class)))
          .getCredentialId();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A sign-in challenge kept in the session under {@code key}; its JSON. With an {@code owner},
   * only their passkeys are offered; without, any discoverable passkey may answer.
   */
  String beginAssertion(HttpSession session, String key, @Nullable String owner) {
    var who =
        owner == null
            ? UsernamePasswordAuthenticationToken.unauthenticated("anonymous", null)
            : UsernamePasswordAuthenticationToken.authenticated(owner, null, List.of());
    PublicKeyCredentialRequestOptions options =
        operations()
            .createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(who));
    session.setAttribute(key, options);
    return JSON.writeValueAsString(options);
  }

  /** The sign-in challenge kept under {@code key}, used up; null when there is none. */
  static @Nullable PublicKeyCredentialRequestOptions takeAssertion(
      @Nullable HttpSession session, String key) {
    if (session == null
        || !(session.getAttribute(key) instanceof PublicKeyCredentialRequestOptions options)) {
      return null;
    }
    session.removeAttribute(key);
    return options;
  }

  /**
   * The assertion a browser sent.
   *
   * @throws IllegalArgumentException when the body is not one
   */
  static PublicKeyCredential<AuthenticatorAssertionResponse> assertion(String body) {
    try {
      return JSON.readValue(
          body, new TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>>() {});
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a passkey assertion", e);
    }
  }

  static ResponseEntity<String> json(Object body) {
    return rawJson(JSON.writeValueAsString(body));
  }

  static ResponseEntity<String> rawJson(String json) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
  }

  static ResponseEntity<String> error(int status, String code, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(JSON.writeValueAsString(Map.of("code", code, "message", message)));
  }
}
