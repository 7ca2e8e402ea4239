package mamori.identity;

import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) kept in the store: the relying party that runs the registration and sign-in
 * ceremonies (Spring Security's, over webauthn4j), for a relying-party id and the origins pages are
 * served from. A passkey's owner is named by its WebAuthn user name: a resident id or a user id.
 */
public final class Passkeys {
  private final DataSource dataSource;
  private final Clock clock;

  public Passkeys(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /**
   * The relying party for {@code rpId} (a host name such as {@code localhost} or {@code
   * portal.city.example}) accepting ceremonies only from {@code origins} (such as {@code
   * https://portal.city.example}). A passkey whose signature counter did not go up since its last
   * use is refused with {@link PasskeyCounterException}.
   */
  public WebAuthnRelyingPartyOperations relyingParty(
      String rpId, String rpName, Set<String> origins) {
    PasskeyUsers users = new PasskeyUsers(dataSource);
    PasskeyCredentials credentials = new PasskeyCredentials(dataSource, clock);
    return new CounterCheckedParty(
        new Webauthn4JRelyingPartyOperations(
            users,
            credentials,
            PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build(),
            origins),
        credentials,
        users);
  }

  /** Removes every passkey of {@code ownerId} (a lost device); returns how many there were. */
  public int removeAll(String ownerId) {
    PasskeyUsers users = new PasskeyUsers(dataSource);
    var user = users.findByUsername(ownerId);
    if (user == null) {
      return 0;
    }
    PasskeyCredentials credentials = new PasskeyCredentials(dataSource, clock);
    var all = credentials.findByUserId(user.getId());
    all.forEach(c -> credentials.delete(c.getCredentialId()));
    return all.size();
  }

  /**
   * Removes every passkey of {@code ownerId} but {@code kept} (a new letter, once its passkey is
   * registered); returns how many went.
   */
  public int removeAllBut(String ownerId, Bytes kept) {
    var user = new PasskeyUsers(dataSource).findByUsername(ownerId);
    if (user == null) {
      return 0;
    }
    PasskeyCredentials credentials = new PasskeyCredentials(dataSource, clock);
    var others =
        credentials.findByUserId(user.getId()).stream()
            .filter(c -> !c.getCredentialId().equals(kept))
            .toList();
    others.forEach(c -> credentials.delete(c.getCredentialId()));
    return others.size();
  }

  /** Removes one passkey (one just registered whose activation could not complete). */
  public void remove(Bytes credentialId) {
    new PasskeyCredentials(dataSource, clock).delete(credentialId);
  }

  /** How many passkeys {@code ownerId} has registered. */
  public int count(String ownerId) {
    var user = new PasskeyUsers(dataSource).findByUsername(ownerId);
    return user == null
        ? 0
        : new PasskeyCredentials(dataSource, clock).findByUserId(user.getId()).size();
  }
}
