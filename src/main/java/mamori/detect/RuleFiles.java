package mamori.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. Loading a rule file is an administrative act of the tenant's own security officer, so it
 * follows the project's order: refuse whoever else asks (the refusal logged), check the whole file
 * (a bad file is refused with its problems and nothing is logged or stored, as a malformed request
 * is), write the act to the tenant's log naming the version and the file's SHA-256, and only then
 * store the version. When the append throws nothing is stored; when the insert fails after the
 * append (another officer took the same version a moment before), the log holds an act that did not
 * take effect, which an auditor reads against this table: the version named there is absent.
 * Versions are numbered 1, 2, ... per tenant and never changed; the newest is in force.
 */
/** A tenant's rule files: load a new version, list and read the versions. */
public final class RuleFiles {
  private static final String FAILED = "the rule files could not be read or written";

  private final JdbcClient jdbc;
  private final TransparencyLogs logs;
  private final Clock clock;

  public RuleFiles(DataSource store, TransparencyLogs logs, Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * A version of a tenant's rule file.
   *
   * @param version 1 for the first loaded
   * @param sha256 the SHA-256 of the text's UTF-8 bytes, in hex
   * @param rules how many rules it holds
   * @param loadedBy who loaded it
   * @param loadedAt when
   * @param text the file as loaded (empty in listings)
   */
  public record Version(
      int version, String sha256, int rules, UserId loadedBy, Instant loadedAt, String text) {
    public Version {
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(loadedBy, "loadedBy");
      Objects.requireNonNull(loadedAt, "loadedAt");
      Objects.requireNonNull(text, "text");
    }
  }

  /** A caller who may not load rules: refused, and the refusal is in the log. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super("role.not-allowed: only the tenant's own security officer loads detection rules");
    }

    public Reason reason() {
      return Reason.ROLE_NOT_ALLOWED;
    }
  }

  /**
   * Loads {@code text} as the tenant's next version, in force from the engine's next look.
   *
   * @throws Refused when {@code by} is not a security officer of the tenant's own organisation
   * @throws RuleFile.Invalid when the file has any problem; nothing is logged or stored
   * @throws mamori.log.LogUnavailableException when the act cannot be logged; nothing is stored
   */
  public Version load(Principal by, String text) {
    String target = "detect rules";
    if (by.role() != Role.SECURITY_OFFICER || !by.controller()) {
      log(by, target, Outcome.denied(Reason.ROLE_NOT_ALLOWED));
      throw new Refused();
    }
    List<Rule> rules = RuleFile.compile(text);
    TenantId tenant = by.tenantId();
    int version = current(tenant).map(v -> v + 1).orElse(1);
    byte[] digest = sha256(text);
    String hex = HexFormat.of().formatHex(digest);
    // the case names the version and the digest; base64url has letters between its digits, so it
    // is never taken for a number and masked (hex could be: twelve digits in a row are not rare)
    log(
        by,
        "detect rules v"
            + version
            + " sha256 "
            + Base64.getUrlEncoder().withoutPadding().encodeToString(digest),
        Outcome.allowed());
    Instant now = clock.instant();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO detect_rule_file (tenant_id, version, text, sha256, rules,"
                        + " loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                    tenant.value(),
                    version,
                    text,
                    hex,
                    rules.size(),
                    by.userId().value(),
                    now.toEpochMilli())
                .update());
    return new Version(version, hex, rules.size(), by.userId(), now, text);
  }

  /** The number of the tenant's version in force; empty when none was ever loaded. */
  public Optional<Integer> current(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT MAX(version) FROM detect_rule_file WHERE tenant_id = ?")
                .params(tenant.value())
                .query((rs, n) -> rs.getObject(1) == null ? null : rs.getInt(1))
                .optional());
  }

  /**
   * A version of the tenant's file with its text; the one in force when {@code version} is empty.
   */
  public Optional<Version> get(TenantId tenant, Optional<Integer> version) {
    Optional<Integer> v = version.isPresent() ? version : current(tenant);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT version, sha256, rules, loaded_by, loaded_at, text FROM"
                        + " detect_rule_file WHERE tenant_id = ? AND version = ?")
                .params(tenant.value(), v.get())
                .query((rs, n) ->
                    new Version(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getInt(3),
                        new UserId(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5)),
                        rs.getString(6)))
                .optional());
  }

  /** Every version of the tenant's file, newest first, without their texts. */
  public List<Version> list(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT version, sha256, rules, loaded_by, loaded_at FROM detect_rule_file"
                        + " WHERE tenant_id = ? ORDER BY version DESC")
                .params(tenant.value())
                .query((rs, n) ->
                    new Version(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getInt(3),
                        new UserId(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5)),
                        ""))
                .list());
  }

  /** The SHA-256 of the text's UTF-8 bytes. */
  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  private void log(Principal by, String target, Outcome outcome) {
    logs.forTenant(by.tenantId().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    by.who(),
                    List.of(),
                    Why.administrative(Why.caseFrom(target)),
                    Action.DETECT_RULES_LOAD,
                    clock.instant()),
                outcome));
  }
}
