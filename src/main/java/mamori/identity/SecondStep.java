package mamori.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Credentials.Check;
import mamori.identity.Credentials.Passed;
import mamori.identity.Credentials.Refused;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The second step of a sign-in, for a user who passed the password: enrolling an authenticator, a
 * code from it, or a passkey. Each is refused while the {@link Lockout} blocks the user, counts a
 * failure when wrong, and on success clears the count and gives the {@link SignedIn} that only this
 * step makes.
 */
final class SecondStep {
  private final CredentialTable table;
  private final SecondFactor codes;
  private final Lockout lockout;
  private final SecurityAlerts alerts;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SecondStep(
      CredentialTable table,
      SecondFactor codes,
      Lockout lockout,
      SecurityAlerts alerts,
      Clock clock) {
    this.table = table;
    this.codes = codes;
    this.lockout = lockout;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** See {@link Credentials#enrol}. */
  Check enrol(User user, String secret, String code) {
    CredentialTable.Row row = rowOf(user);
    Optional<Check> blocked = lockout.blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    if (row.secret() != null) {
      return new Refused();
    }
    byte[] raw = Base32.decode(secret);
    OptionalLong step = codes.matchingStep(raw, code, 0);
    if (step.isEmpty()) {
      return lockout.fail(user);
    }
    boolean kept =
        table.enrol(user, codes.seal(user, raw), clock.instant().toEpochMilli(), step.getAsLong());
    return kept ? succeed(user) : new Refused();
  }

  /** See {@link Credentials#checkCode}. */
  Check code(User user, String code) {
    CredentialTable.Row row = rowOf(user);
    Optional<Check> blocked = lockout.blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    if (row.secret() == null) {
      return new Refused();
    }
    OptionalLong step = codes.matchingStep(codes.open(user, row.secret()), code, row.lastStep());
    if (step.isEmpty()) {
      return lockout.fail(user);
    }
    return table.acceptStep(user, step.getAsLong()) ? succeed(user) : lockout.fail(user);
  }

  /** See {@link Credentials#checkPasskey}. */
  Check passkey(
      User user,
      WebAuthnRelyingPartyOperations relyingParty,
      PublicKeyCredentialRequestOptions options,
      PublicKeyCredential<AuthenticatorAssertionResponse> credential) {
    Optional<Check> blocked = lockout.blocked(rowOf(user));
    if (blocked.isPresent()) {
      return blocked.get();
    }
    PublicKeyCredentialUserEntity owner;
    try {
      owner = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
    } catch (RuntimeException e) {
      PasskeyCounterException.in(e)
          .ifPresent(cloned ->
              alerts.raise(
                  user.tenantId(),
                  PasskeyCounterException.ALERT,
                  user.id(),
                  cloned.getMessage() + "; the sign-in was refused"));
      return lockout.fail(user);
    }
    return owner.getName().equals(Credentials.passkeyOwner(user.id()))
        ? succeed(user)
        : lockout.fail(user);
  }

  private Check succeed(User user) {
    Instant now = clock.instant();
    lockout.passed(user);
    byte[] id = new byte[9];
    random.nextBytes(id);
    Principal principal =
        new Principal(
            new UserId(user.id()),
            new TenantId(user.tenantId()),
            new OrganisationId(user.organisationId()),
            user.role(),
            "web:" + HexFormat.of().formatHex(id));
    return new Passed(new SignedIn(principal, now));
  }

  private CredentialTable.Row rowOf(User user) {
    return table
        .row(user)
        .orElseThrow(() -> new IllegalStateException("no credentials for " + user.id()));
  }
}
