package mamori.identity;

import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The relying party, with every signature-counter refusal told as one {@link
 * PasskeyCounterException} naming the passkey's owner: webauthn4j's own check (against the counter
 * at registration) and {@link PasskeyCredentials}' (against the last one seen).
 */
final class CounterCheckedParty implements WebAuthnRelyingPartyOperations {
  private final WebAuthnRelyingPartyOperations party;
  private final PasskeyCredentials credentials;
  private final PasskeyUsers users;

  CounterCheckedParty(
      WebAuthnRelyingPartyOperations party, PasskeyCredentials credentials, PasskeyUsers users) {
    this.party = party;
    this.credentials = credentials;
    this.users = users;
  }

  @Override
  public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
      PublicKeyCredentialCreationOptionsRequest request) {
    return party.createPublicKeyCredentialCreationOptions(request);
  }

  @Override
  public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
    return party.registerCredential(request);
  }

  @Override
  public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
      PublicKeyCredentialRequestOptionsRequest request) {
    return party.createCredentialRequestOptions(request);
  }

  @Override
  public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
    try {
      return party.authenticate(request);
    } catch (MaliciousCounterValueException e) {
      CredentialRecord stored = credentials.findByCredentialId(request.getPublicKey().getRawId());
      PublicKeyCredentialUserEntity owner =
          stored == null ? null : users.findById(stored.getUserEntityUserId());
      throw new PasskeyCounterException(
          owner == null ? "unknown" : owner.getName(),
          stored == null ? -1 : stored.getSignatureCount(),
          -1,
          e);
    }
  }
}
