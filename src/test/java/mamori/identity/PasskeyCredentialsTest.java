package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/** The signature counter of a passkey goes up at every sign-in, or the sign-in is refused. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PasskeyCredentialsTest extends IdentityTestBase {
  static final Bytes HANDLE = new Bytes(new byte[] {1, 2, 3, 4});

  PasskeyCredentials credentials() {
    return new PasskeyCredentials(store.dataSource(), clock);
  }

  static CredentialRecord record(byte id, long count) {
    return ImmutableCredentialRecord.builder()
        .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
        .credentialId(new Bytes(new byte[] {id, id, id}))
        .userEntityUserId(HANDLE)
        .publicKey(new ImmutablePublicKeyCose(new byte[] {9, 9}))
        .signatureCount(count)
        .uvInitialized(true)
        .backupEligible(false)
        .backupState(false)
        .transports(Set.of())
        .label("phone")
        .created(Instant.parse("2026-04-01T09:00:00Z"))
        .build();
  }

  void owner() {
    new PasskeyUsers(store.dataSource())
        .save(
            ImmutablePublicKeyCredentialUserEntity.builder()
                .id(HANDLE)
                .name("r-abcdefghjkmnpqrs")
                .displayName("resident")
                .build());
  }

  @Test
  void aCounterThatDidNotGoUp_isRefused_andTheStoredOneKept() {
    owner();
    PasskeyCredentials c = credentials();
    c.save(record((byte) 1, 3));
    c.save(record((byte) 1, 4));
    assertThatThrownBy(() -> c.save(record((byte) 1, 4)))
        .isInstanceOfSatisfying(
            PasskeyCounterException.class,
            e -> assertThat(e.owner()).isEqualTo("r-abcdefghjkmnpqrs"));
    assertThatThrownBy(() -> c.save(record((byte) 1, 2)))
        .isInstanceOf(PasskeyCounterException.class);
    assertThatThrownBy(() -> c.save(record((byte) 1, 0)))
        .as("a counter that falls back to zero")
        .isInstanceOf(PasskeyCounterException.class);
    assertThat(c.findByCredentialId(record((byte) 1, 0).getCredentialId()).getSignatureCount())
        .isEqualTo(4);
    c.save(record((byte) 1, 5));
    assertThat(c.findByCredentialId(record((byte) 1, 0).getCredentialId()).getSignatureCount())
        .isEqualTo(5);
  }

  @Test
  void aPasskeyThatKeepsNoCounter_signsInWithZeroEachTime() {
    owner();
    PasskeyCredentials c = credentials();
    c.save(record((byte) 2, 0));
    c.save(record((byte) 2, 0));
    c.save(record((byte) 2, 0));
    assertThat(c.findByCredentialId(record((byte) 2, 0).getCredentialId())).isNotNull();
  }

  @Test
  void theExceptionIsFound_whereverItIsWrapped() {
    owner();
    PasskeyCredentials c = credentials();
    c.save(record((byte) 3, 7));
    RuntimeException wrapped;
    try {
      c.save(record((byte) 3, 7));
      throw new AssertionError("not refused");
    } catch (PasskeyCounterException e) {
      wrapped = new IllegalStateException("authentication failed", e);
    }
    assertThat(PasskeyCounterException.in(wrapped)).isPresent();
    assertThat(PasskeyCounterException.in(new IllegalStateException("other"))).isEmpty();
  }
}
