package mamori.portal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * A letter is good once, for 90 days, for five wrong tries (the fifth wrong one locks it and alerts the
 * tenant's security officer). Checking the code (activate) does not use the letter up: the resident
 * still has to register a passkey, and only then is the letter used (use), so a letter whose passkey
 * was never made (a cancelled ceremony, a closed tab) still works; a right code gives its try back, so
 * such retries do not count against the five. Everything that can go wrong after the code reads
 * (unknown letter, another tenant's, replaced by a newer letter, used, locked, expired, wrong code) gives
 * the caller the same Refused, so a stranger learns nothing by trying; a typo caught by the check
 * character costs no try. The try counter and the use are conditional UPDATEs, so two tries at once can
 * neither both use the letter nor skip the count. The code is compared as a keyed hash bound to the
 * letter number, in constant time.
 */
/** Activation letters for the resident portal and the resident accounts they open. */
public final class ResidentLetters {
  static final Duration VALID_FOR = Duration.ofDays(90);
  static final int MAX_TRIES = 5;

  /**
   * The purpose (事務) under which the city reads a resident's name and address to send the letter.
   */
  public static final String PURPOSE = "resident-portal-letters";

  private static final Pattern LETTER = Pattern.compile("\\d{10}");
  private static final String RESIDENT_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final String WRITE_FAILED = "cannot write resident data";

  private final JdbcClient jdbc;
  private final TenantKeys keys;
  private final SecurityAlerts alerts;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ResidentLetters(
      DataSource dataSource, TenantKeys keys, SecurityAlerts alerts, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.keys = keys;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** A letter just issued; {@link #code} exists only until it is printed. */
  public record Letter(
      String tenantId, String letterNumber, String personToken, String code, Instant expiresAt) {
    @Override
    public String toString() {
      return "Letter[" + tenantId + "/" + letterNumber + ", expires " + expiresAt + "]";
    }
  }

  /** What an activation attempt gives. */
  public sealed interface Activation {}

  /**
   * The letter's code was right: the resident may now register a passkey, and the letter is used up
   * only when they have ({@link #use}).
   *
   * @param resident the account the letter opens (made on the first activation, then kept)
   * @param letterNumber the letter's number, as stored (ten digits)
   */
  public record Activated(Resident resident, String letterNumber) implements Activation {
    @Override
    public String toString() {
      return "Activated[" + resident.residentId() + "]";
    }
  }

  /** What was typed cannot be a code (its check character does not match): nothing was counted. */
  public record Typo() implements Activation {}

  /** Refused, for any reason the caller is not told. */
  public record Refused() implements Activation {}

  /**
   * Issues a letter for a person of the tenant (by the tenant's token); an unused earlier letter of
   * theirs stops working.
   */
  public Letter issue(String tenantId, String personToken) {
    if (personToken.isBlank() || personToken.length() > 32) {
      throw new IllegalArgumentException("a person token is 1 to 32 characters");
    }
    Instant now = clock.instant();
    update(
        "UPDATE resident_letter SET replaced_at = ? WHERE tenant_id = ? AND person_token = ? "
            + "AND used_at IS NULL AND replaced_at IS NULL",
        now.toEpochMilli(),
        tenantId,
        personToken);
    String code = ActivationCode.generate(random);
    for (int attempt = 0; ; attempt++) {
      String number =
          String.format(Locale.ROOT, "%010d", Math.floorMod(random.nextLong(), 10_000_000_000L));
      Instant expires = now.plus(VALID_FOR);
      try {
        update(
            "INSERT INTO resident_letter (tenant_id, letter_number, person_token, code_hash, "
                + "issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            tenantId,
            number,
            personToken,
            hash(tenantId, number, code),
            now.toEpochMilli(),
            expires.toEpochMilli());
        return new Letter(tenantId, number, personToken, ActivationCode.printed(code), expires);
      } catch (IllegalStateException e) {
        if (attempt >= 5) {
          throw e; // not a collision of random numbers
        }
      }
    }
  }

  /**
   * Checks a letter's number and code, as typed, and opens (or finds) the resident's account; the
   * letter stays good until {@link #use} after the resident's passkey is registered.
   */
  public Activation activate(String tenantId, String letterNumber, String typedCode) {
    String number =
        java.text.Normalizer.normalize(letterNumber, java.text.Normalizer.Form.NFKC)
            .replaceAll("[\\s-]", "");
    Optional<String> code = ActivationCode.read(typedCode);
    if (code.isEmpty()) {
      return new Typo();
    }
    if (!LETTER.matcher(number).matches()) {
      return new Refused();
    }
    Row row = row(tenantId, number);
    long now = clock.millis();
    if (row == null
        || row.usedAt != null
        || row.lockedAt != null
        || row.replacedAt != null
        || row.expiresAt <= now) {
      return new Refused();
    }
    // the try is taken before the code is compared, so that any number of tries at once compare at
    // most five
    int taken =
        update(
            "UPDATE resident_letter SET tries = tries + 1 WHERE tenant_id = ? "
                + "AND letter_number = ? AND tries < ? AND used_at IS NULL AND locked_at IS NULL",
            tenantId,
            number,
            MAX_TRIES);
    if (taken != 1) {
      return new Refused();
    }
    if (!MessageDigest.isEqual(row.codeHash, hash(tenantId, number, code.get()))) {
      int locked =
          update(
              "UPDATE resident_letter SET locked_at = ? WHERE tenant_id = ? "
                  + "AND letter_number = ? AND tries >= ? AND locked_at IS NULL AND used_at IS NULL",
              now,
              tenantId,
              number,
              MAX_TRIES);
      if (locked == 1) {
        alerts.raise(
            tenantId,
            "letter.locked",
            "letter:" + number,
            "an activation letter was locked after "
                + MAX_TRIES
                + " wrong codes; send the resident a new letter if it was theirs");
      }
      return new Refused();
    }
    // a right code gives its try back: the five tries are for wrong codes
    update(
        "UPDATE resident_letter SET tries = tries - 1 WHERE tenant_id = ? AND letter_number = ?"
            + " AND tries > 0",
        tenantId,
        number);
    return new Activated(account(tenantId, row.personToken), number);
  }

  /**
   * Uses up the letter of an activation, once the resident's passkey is registered: true when this
   * call used it; false when it was used, replaced, locked or expired meanwhile (then the passkey
   * just registered must go again).
   */
  public boolean use(Activated activated) {
    return update(
            "UPDATE resident_letter SET used_at = ? WHERE tenant_id = ? AND letter_number = ? "
                + "AND used_at IS NULL AND locked_at IS NULL AND replaced_at IS NULL"
                + " AND expires_at > ?",
            clock.millis(),
            activated.resident().tenantId(),
            activated.letterNumber(),
            clock.millis())
        == 1;
  }

  /** The resident with this id, if any. */
  public Optional<Resident> resident(String residentId) {
    return one(
        "SELECT tenant_id, resident_id, person_token FROM resident_account WHERE resident_id = ?",
        residentId);
  }

  private Resident account(String tenantId, String personToken) {
    Optional<Resident> existing =
        one(
            "SELECT tenant_id, resident_id, person_token FROM resident_account "
                + "WHERE tenant_id = ? AND person_token = ?",
            tenantId,
            personToken);
    if (existing.isPresent()) {
      return existing.get();
    }
    StringBuilder id = new StringBuilder("r-");
    for (int i = 0; i < 16; i++) {
      id.append(RESIDENT_ALPHABET.charAt(random.nextInt(32)));
    }
    update(
        "INSERT INTO resident_account (tenant_id, resident_id, person_token, created_at) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, person_token) DO NOTHING",
        tenantId,
        id.toString(),
        personToken,
        clock.millis());
    return one(
            "SELECT tenant_id, resident_id, person_token FROM resident_account WHERE tenant_id = ? "
                + "AND person_token = ?",
            tenantId,
            personToken)
        .orElseThrow();
  }

  private byte[] hash(String tenantId, String letterNumber, String code) {
    return keys.blindIndex(tenantId, "resident-code", letterNumber + ":" + code);
  }

  private record Row(
      String personToken,
      byte[] codeHash,
      long expiresAt,
      @Nullable Long usedAt,
      @Nullable Long lockedAt,
      @Nullable Long replacedAt) {}

  private @Nullable Row row(String tenantId, String number) {
    return Sql.run(
            "cannot read resident letters",
            () ->
                jdbc.sql(
                        "SELECT person_token, code_hash, expires_at,"
                            + " used_at, locked_at, replaced_at FROM resident_letter WHERE tenant_id = ? AND letter_number = ?")
                    .params(tenantId, number)
                    .query((rs, n) ->
                        new Row(
                            rs.getString(1),
                            rs.getBytes(2),
                            rs.getLong(3),
                            nullable(rs, 4),
                            nullable(rs, 5),
                            nullable(rs, 6)))
                    .optional())
        .orElse(null);
  }

  private Optional<Resident> one(String sql, String... args) {
    return Sql.run(
        "cannot read resident accounts",
        () ->
            jdbc.sql(sql)
                .params((Object[]) args)
                .query((rs, n) -> new Resident(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional());
  }

  /**
   * One INSERT, UPDATE or DELETE in its own auto-committed transaction; returns the rows it
   * changed.
   */
  private int update(String sql, Object... params) {
    return Sql.run(WRITE_FAILED, () -> jdbc.sql(sql).params(params).update());
  }

  private static @Nullable Long nullable(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
