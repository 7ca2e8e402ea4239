package mamori.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.KeyException;
import mamori.crypto.PackageCrypto;
import mamori.crypto.TenantKeys;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. The release share of an online package is the half of its content key that never left the
 * sender: whoever holds the file and the recipient's private key still needs it. This class hands it
 * out only to the registered recipient, proven by a challenge: 32 random bytes sealed to the
 * recipient's public key, which only the private key opens. The table keeps the challenge's SHA-256,
 * never the bytes, so a copy of the database answers nothing. A challenge is good for one release
 * within five minutes, and for the "opened" report until those five minutes end.
 *
 * Order of a release. The challenge is claimed first (one UPDATE that sets used_at only where it is
 * still unused and live), so two requests racing with one answer give one release and one refusal,
 * never two "allowed" records. Then the allowed package.release record is appended to the tenant's
 * log; when the log refuses, nothing is released (the claimed challenge is simply spent). Only then
 * is the share read from the row again, and the package marked released, in one transaction that
 * first locks the package's row. Reporting lost logs its record first, then, in one transaction under
 * the same lock, reads whether (and when) the share was released and sets it to NULL and the state
 * to lost. So the two are exclusive: a release that locked first took the share and marked the
 * package released, and the report says so (ReportedLost.released); a release that locks after finds
 * no share and is refused package.lost. Once reportLost returns, no release reads a share. The log
 * records are appended outside these transactions (on SQLite the log writes to the same store, whose
 * one write lock the transaction holds), each before what it records: the allowed release before the
 * share is read, the report before the share is destroyed.
 *
 * Who a release names. The recipient is no user of the tenant; its records name the actor
 * "recipient.<id>" (or "recipient" when that would not be a user id: an id of more than 54
 * characters), its organisation the recipient's id, and the case "package:<id>", so that the
 * tenant's log and the incident record read "released to recipient X at T". Every refusal of a
 * package that exists is in its tenant's log the same way (an unknown id has no tenant to log in).
 */
/**
 * The sender's side of a package once made (issue 17 point 3, docs/package-format.md "Asking for
 * the release"): the challenge and the release of the share to the registered recipient, its
 * "opened" report, the state anyone holding the id may ask, the report of a package lost (which
 * destroys the share: the package is unreadable by anyone from then on) and the tenant's list.
 */
public final class Releases {
  /** How long a challenge may be answered. */
  public static final Duration CHALLENGE_LIFE = Duration.ofMinutes(5);

  /**
   * The most unanswered challenges of one package live at once: a new one replaces the oldest, so
   * that anyone holding the id can spend challenges but never keep the recipient from one it can
   * answer at once (a client address is bounded in how many it asks, by the web layer).
   */
  public static final int MAX_LIVE_CHALLENGES = 16;

  /** A package id: 32 lower-case hex digits. */
  public static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

  /** The most characters of the reason a package is reported lost for. */
  public static final int MAX_REASON = 200;

  private static final String FAILED = "the packages' store failed";
  private static final HexFormat HEX = HexFormat.of();

  /** A package's state as the pages and {@code status} show it. */
  public enum State {
    /** Being made, or its making was stopped: never announced, never released. */
    INCOMPLETE,
    CREATED,
    RELEASED,
    OPENED,
    /** Past its expiry and never opened. */
    EXPIRED,
    /** Reported lost: its release share is destroyed. */
    LOST;

    /** The word the API answers: {@code created}, {@code reported-lost} is {@code lost}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A package as its tenant's pages list it; no key. */
  public record Package(
      TenantId tenant,
      String id,
      String recipientId,
      String recipientName,
      String purpose,
      String caseRef,
      String selection,
      List<String> fields,
      long persons,
      boolean online,
      State state,
      String createdBy,
      Instant created,
      Instant expires,
      Optional<String> sha256,
      Optional<Long> logSize,
      Optional<Instant> released,
      Optional<Instant> opened,
      Optional<Instant> lost,
      Optional<String> lostBy) {
    public Package {
      fields = List.copyOf(fields);
    }
  }

  /** What {@link #release} answers: the share sealed to the recipient, and its signature. */
  public record Released(PackageCrypto.Sealed share, Instant releasedAt, byte[] signature) {
    public Released {
      signature = signature.clone();
    }

    @Override
    public byte[] signature() {
      return signature.clone();
    }
  }

  /**
   * What {@link #reportLost} did: {@code killed} when an online package's share was destroyed;
   * false for an offline package, which carries its share and can only be recorded as lost. {@code
   * released} is when the share was released before the report, if it was: the recipient holds it,
   * and the data may already be read, so the incident is not that of a package no one opened.
   */
  public record ReportedLost(
      String packageId, boolean killed, Instant at, Optional<Instant> released) {}

  /** A resident's record sent in a package: to whom, for which purpose. */
  public record Sent(String packageId, String recipientName, String purpose, boolean finished) {}

  private final DataSource store;
  private final JdbcClient jdbc;
  private final Recipients recipients;
  private final TenantKeys keys;
  private final PackageSigner signer;
  private final AdminLog log;
  private final Clock clock;

  /** A seam for tests: runs once a release has read the share, before it is sealed. */
  Runnable shareRead = () -> {};

  public Releases(
      DataSource store, TenantKeys keys, PackageSigner signer, AdminLog log, Clock clock) {
    this.store = store;
    this.jdbc = JdbcClient.create(store);
    this.keys = keys;
    this.signer = signer;
    this.log = log;
    this.clock = clock;
    this.recipients = new Recipients(store, log, clock);
  }

  /**
   * A new challenge for the package's recipient: 32 random bytes sealed to its registered key with
   * {@code info = "mamori-package/1 challenge" || id}.
   *
   * @throws PackageRefused unknown, incomplete, expired, lost, offline or recipient revoked; each
   *     (but unknown) logged in the package's tenant's log. Past {@link #MAX_LIVE_CHALLENGES}
   *     unanswered, the oldest is dropped: a challenge is never refused for being one too many
   */
  public PackageCrypto.Sealed challenge(String packageId) {
    Row p = releasable(packageId, Action.PACKAGE_RELEASE);
    Recipients.Recipient r = recipient(p, Action.PACKAGE_RELEASE);
    long now = clock.millis();
    byte[] answer = PackageCrypto.random(PackageCrypto.KEY_BYTES);
    // under the package row's lock, so that two at once never leave more than the bound live
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                store,
                () -> {
                  lock(p);
                  jdbc.sql(
                          "DELETE FROM transfer_challenge WHERE tenant_id = ? AND package_id = ?"
                              + " AND expires_at <= ?")
                      .params(p.tenant, p.id, now)
                      .update();
                  long live =
                      jdbc.sql(
                              "SELECT COUNT(*) FROM transfer_challenge WHERE tenant_id = ? AND"
                                  + " package_id = ? AND used_at IS NULL")
                          .params(p.tenant, p.id)
                          .query(Long.class)
                          .single();
                  if (live >= MAX_LIVE_CHALLENGES) {
                    // the oldest unanswered make room: whoever asks last can always answer
                    jdbc.sql(
                            "DELETE FROM transfer_challenge WHERE tenant_id = ? AND package_id ="
                                + " ? AND used_at IS NULL AND answer_hash IN (SELECT"
                                + " answer_hash FROM transfer_challenge WHERE tenant_id = ? AND"
                                + " package_id = ? AND used_at IS NULL ORDER BY expires_at,"
                                + " answer_hash LIMIT ?)")
                        .params(p.tenant, p.id, p.tenant, p.id, live - MAX_LIVE_CHALLENGES + 1)
                        .update();
                  }
                  jdbc.sql(
                          "INSERT INTO transfer_challenge (tenant_id, package_id, answer_hash,"
                              + " expires_at) VALUES (?, ?, ?, ?)")
                      .params(p.tenant, p.id, hash(answer), now + CHALLENGE_LIFE.toMillis())
                      .update();
                  return null;
                }));
    return PackageCrypto.seal(
        r.publicKey(), Format.info(Format.CHALLENGE, HEX.parseHex(p.id)), answer);
  }

  /**
   * Releases the share to the recipient that answered a live challenge: logs the release first,
   * then answers the share sealed to the recipient ({@code info = "mamori-package/1 release share"
   * || id}) and signed by the tenant's package key over {@code "mamori-package/1 release\n" || id
   * || enc || ct}.
   *
   * @throws PackageRefused as {@link #challenge}, and {@code package.answer-wrong} for an answer
   *     that is not a live, unused challenge's; each logged as a denied {@code package.release}
   */
  public Released release(String packageId, byte[] answer) {
    Row p = releasable(packageId, Action.PACKAGE_RELEASE);
    Recipients.Recipient r = recipient(p, Action.PACKAGE_RELEASE);
    long now = clock.millis();
    int claimed =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE transfer_challenge SET used_at = ? WHERE tenant_id = ? AND"
                            + " package_id = ? AND answer_hash = ? AND used_at IS NULL AND"
                            + " expires_at > ?")
                    .params(now, p.tenant, p.id, hash(answer), now)
                    .update());
    if (claimed != 1) {
      throw refuse(
          p,
          Action.PACKAGE_RELEASE,
          Reason.PACKAGE_ANSWER_WRONG,
          "the answer is not that of a live challenge of this package");
    }
    log.allowed(recipientWho(p), Action.PACKAGE_RELEASE, caseOf(p.id));
    // the share is read and the package marked released under the package row's lock, which a
    // report of loss takes too: one of the two goes first, whole
    Taken taken =
        Sql.run(
            FAILED,
            () ->
                Sql.inTransaction(
                    store,
                    () -> {
                      lock(p);
                      Row locked = find(p.tenant, p.id).orElseThrow();
                      if (locked.share == null) {
                        return null;
                      }
                      shareRead.run();
                      jdbc.sql(
                              "UPDATE transfer_package SET state = 'released', released_at = ?"
                                  + " WHERE tenant_id = ? AND package_id = ? AND state ="
                                  + " 'created'")
                          .params(now, p.tenant, p.id)
                          .update();
                      return new Taken(
                          locked.share, locked.releasedAt != null ? locked.releasedAt : now);
                    }));
    if (taken == null) {
      throw refuse(p, Action.PACKAGE_RELEASE, Reason.PACKAGE_LOST, "the package was reported lost");
    }
    byte[] share;
    try {
      share = keys.openSecret(p.tenant, shareLabel(p.id), taken.sealedShare);
    } catch (KeyException e) {
      throw new IllegalStateException("the release share of package " + p.id + " does not open", e);
    }
    byte[] id = HEX.parseHex(p.id);
    PackageCrypto.Sealed sealed =
        PackageCrypto.seal(r.publicKey(), Format.info(Format.RELEASE_SHARE, id), share);
    java.util.Arrays.fill(share, (byte) 0);
    byte[] signature =
        signer.sign(
            new TenantId(p.tenant),
            Format.concat(Format.RELEASE_SIGNED, id, sealed.enc(), sealed.ct()));
    return new Released(sealed, Instant.ofEpochMilli(taken.releasedAt), signature);
  }

  /** What a release took from the locked row: the sealed share and the first release's time. */
  private record Taken(byte[] sealedShare, long releasedAt) {}

  /**
   * Locks package {@code p}'s row until the transaction ends, with an update that changes nothing
   * (as work.WorkStore locks a job's row): on PostgreSQL the row's lock, on SQLite the store's one
   * write lock, taken at once as BEGIN IMMEDIATE would.
   */
  private void lock(Row p) {
    jdbc.sql("UPDATE transfer_package SET state = state WHERE tenant_id = ? AND package_id = ?")
        .params(p.tenant, p.id)
        .update();
  }

  /**
   * Records that the recipient opened the package: the answer of a challenge used for its release,
   * within that challenge's five minutes. Logged as {@code package.open} by the recipient.
   *
   * @throws PackageRefused as {@link #release}, each logged as a denied {@code package.open}
   */
  public Package opened(String packageId, byte[] answer) {
    Row p = releasable(packageId, Action.PACKAGE_OPEN);
    recipient(p, Action.PACKAGE_OPEN);
    long now = clock.millis();
    long used =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT COUNT(*) FROM transfer_challenge WHERE tenant_id = ? AND"
                            + " package_id = ? AND answer_hash = ? AND used_at IS NOT NULL AND"
                            + " expires_at > ?")
                    .params(p.tenant, p.id, hash(answer), now)
                    .query(Long.class)
                    .single());
    if (used != 1) {
      throw refuse(
          p,
          Action.PACKAGE_OPEN,
          Reason.PACKAGE_ANSWER_WRONG,
          "the answer is not that of a challenge this package was released with");
    }
    log.allowed(recipientWho(p), Action.PACKAGE_OPEN, caseOf(p.id));
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE transfer_package SET state = 'opened', opened_at = ? WHERE"
                        + " tenant_id = ? AND package_id = ? AND state = 'released'")
                .params(now, p.tenant, p.id)
                .update());
    return view(find(p.tenant, p.id).orElseThrow());
  }

  /**
   * The package's state and times, for anyone holding its id; never a key.
   *
   * @throws PackageRefused {@code package.unknown} (not logged: it names no tenant)
   */
  public Package status(String packageId) {
    return view(any(packageId));
  }

  /**
   * Reports the package lost: logged first, then its release share deleted, its state lost, when
   * and by whom, in one transaction under the package row's lock, exclusive with a release: a
   * release that took the share first is said in {@link ReportedLost#released}. From then on no
   * one, the recipient included, can open an online package. An offline package carries its share:
   * it is recorded as lost but cannot be killed ({@link ReportedLost#killed} false). Works for a
   * package still being made, too.
   *
   * @param reason why it is reported lost: 1 to {@value #MAX_REASON} printable characters, no
   *     number; the log keeps as much of it as its case holds
   * @throws PackageRefused {@code role.not-allowed} (not the controller's security officer or
   *     admin) or {@code package.unknown} (not the tenant's), logged
   * @throws IllegalArgumentException for a reason empty, too long or holding a number; nothing
   *     logged
   */
  public ReportedLost reportLost(
      Who who, boolean controller, Role role, String packageId, String reason) {
    String why = reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON || why.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(
          "the reason is 1 to " + MAX_REASON + " printable characters");
    }
    if (NumberText.holdsNumber(why)) {
      throw new IllegalArgumentException("the reason may not hold a number like a My Number");
    }
    String target = caseOf(ID.matcher(packageId).matches() ? packageId : "?");
    if (!controller || (role != Role.SECURITY_OFFICER && role != Role.ORG_ADMIN)) {
      log.refused(who, Action.PACKAGE_REPORT_LOST, target, Reason.ROLE_NOT_ALLOWED);
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED,
          "only the controller's security officer or admin reports a package lost");
    }
    Optional<Row> found =
        ID.matcher(packageId).matches() ? find(who.tenant().value(), packageId) : Optional.empty();
    if (found.isEmpty()) {
      log.refused(who, Action.PACKAGE_REPORT_LOST, target, Reason.PACKAGE_UNKNOWN);
      throw new PackageRefused(
          Reason.PACKAGE_UNKNOWN, "no package " + packageId + " was made here");
    }
    Row p = found.get();
    if (p.lostAt != null) {
      return new ReportedLost(p.id, p.online, Instant.ofEpochMilli(p.lostAt), time(p.releasedAt));
    }
    // the record keeps the reason after the id, as much of it as a case holds
    log.allowed(who, Action.PACKAGE_REPORT_LOST, target + " " + why);
    long now = clock.millis();
    // under the package row's lock, as a release reads the share: a release either took the share
    // before (its time is read here and said) or finds none after
    Row before =
        Sql.run(
            FAILED,
            () ->
                Sql.inTransaction(
                    store,
                    () -> {
                      lock(p);
                      Row locked = find(p.tenant, p.id).orElseThrow();
                      if (locked.lostAt == null) {
                        jdbc.sql(
                                "UPDATE transfer_package SET release_share = NULL, state ="
                                    + " 'lost', lost_at = ?, lost_by = ? WHERE tenant_id = ? AND"
                                    + " package_id = ?")
                            .params(now, who.user().value(), p.tenant, p.id)
                            .update();
                      }
                      return locked;
                    }));
    long at = before.lostAt != null ? before.lostAt : now;
    return new ReportedLost(p.id, p.online, Instant.ofEpochMilli(at), time(before.releasedAt));
  }

  /** The tenant's packages, newest first, with their states. */
  public List<Package> list(TenantId tenant) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(SELECT + " WHERE p.tenant_id = ? ORDER BY p.created_at DESC, p.package_id")
                    .params(tenant.value())
                    .query(Releases::row)
                    .list())
        .stream()
        .map(this::view)
        .toList();
  }

  /** The tenant's package {@code packageId}. */
  public Optional<Package> find(TenantId tenant, String packageId) {
    if (!ID.matcher(packageId).matches()) {
      return Optional.empty();
    }
    return find(tenant.value(), packageId).map(this::view);
  }

  /**
   * The package a resident's {@code package} record names by its case ({@code package:<id>}), as
   * the portal says it: sent to whom, for which purpose. Empty for any other case.
   */
  public Optional<Sent> sent(TenantId tenant, String caseRef) {
    if (!caseRef.startsWith(CASE)) {
      return Optional.empty();
    }
    return find(tenant, caseRef.substring(CASE.length()))
        .map(p -> new Sent(p.id(), p.recipientName(), p.purpose(), p.state() != State.INCOMPLETE));
  }

  /**
   * The case of every record about package {@code id}, at the sender and at the recipient: {@code
   * package:<id>}. A package Mamori makes has an id without twelve digits in a row (it is drawn
   * again until it has none); a package from another sender may hold such a run, which no case may
   * hold, and it is then masked as in any case made from text.
   */
  public static String caseOf(String id) {
    return Why.caseFrom(CASE + id);
  }

  /** The label the release share of package {@code id} is sealed under (TenantKeys.sealSecret). */
  public static String shareLabel(String id) {
    return "package-release/" + id;
  }

  private static final String CASE = "package:";

  private static final String SELECT =
      "SELECT p.tenant_id, p.package_id, p.recipient_id, r.name AS recipient_name, p.purpose_id,"
          + " p.case_ref, p.selection, p.fields, p.mode, p.persons, p.state, p.release_share,"
          + " p.created_by, p.created_at, p.expires_at, p.sha256, p.log_size, p.released_at,"
          + " p.opened_at, p.lost_at, p.lost_by FROM transfer_package p LEFT JOIN"
          + " transfer_recipient r ON r.tenant_id = p.tenant_id AND r.recipient_id ="
          + " p.recipient_id";

  /** A package row as stored. */
  private record Row(
      String tenant,
      String id,
      String recipientId,
      @Nullable String recipientName,
      String purpose,
      String caseRef,
      String selection,
      String fields,
      boolean online,
      long persons,
      String state,
      byte @Nullable [] share,
      String createdBy,
      long createdAt,
      long expiresAt,
      @Nullable String sha256,
      @Nullable Long logSize,
      @Nullable Long releasedAt,
      @Nullable Long openedAt,
      @Nullable Long lostAt,
      @Nullable String lostBy) {}

  private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Row(
        rs.getString("tenant_id"),
        rs.getString("package_id"),
        rs.getString("recipient_id"),
        rs.getString("recipient_name"),
        rs.getString("purpose_id"),
        rs.getString("case_ref"),
        rs.getString("selection"),
        rs.getString("fields"),
        !"offline".equals(rs.getString("mode")),
        rs.getLong("persons"),
        rs.getString("state"),
        rs.getBytes("release_share"),
        rs.getString("created_by"),
        rs.getLong("created_at"),
        rs.getLong("expires_at"),
        rs.getString("sha256"),
        nullable(rs, "log_size"),
        nullable(rs, "released_at"),
        nullable(rs, "opened_at"),
        nullable(rs, "lost_at"),
        rs.getString("lost_by"));
  }

  private static @Nullable Long nullable(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private Optional<Row> find(String tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(SELECT + " WHERE p.tenant_id = ? AND p.package_id = ?")
                .params(tenant, id)
                .query(Releases::row)
                .optional());
  }

  /** The package of that id in any tenant: ids are 128 random bits, so at most one. */
  private Row any(String packageId) {
    if (!ID.matcher(packageId).matches()) {
      throw new PackageRefused(Reason.PACKAGE_UNKNOWN, "a package id is 32 lower-case hex digits");
    }
    List<Row> rows =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(SELECT + " WHERE p.package_id = ?")
                    .params(packageId)
                    .query(Releases::row)
                    .list());
    if (rows.size() != 1) {
      throw new PackageRefused(
          Reason.PACKAGE_UNKNOWN, "no package " + packageId + " is known here");
    }
    return rows.getFirst();
  }

  /** The package, if a challenge, release or opened report may be answered for it. */
  private Row releasable(String packageId, Action action) {
    Row p = any(packageId);
    if (p.lostAt != null || "lost".equals(p.state)) {
      throw refuse(p, action, Reason.PACKAGE_LOST, "the package was reported lost");
    }
    if ("writing".equals(p.state)) {
      throw refuse(p, action, Reason.PACKAGE_INCOMPLETE, "the package was never finished");
    }
    if (clock.millis() >= p.expiresAt) {
      throw refuse(p, action, Reason.PACKAGE_EXPIRED, "the package has expired");
    }
    if (!p.online) {
      throw refuse(
          p,
          action,
          Reason.PACKAGE_OFFLINE,
          "an offline package carries its share: there is nothing to release");
    }
    return p;
  }

  private Recipients.Recipient recipient(Row p, Action action) {
    return recipients
        .find(new TenantId(p.tenant), p.recipientId)
        .filter(r -> r.state() == Recipients.State.ACTIVE)
        .orElseThrow(
            () -> refuse(p, action, Reason.RECIPIENT_REVOKED, "the recipient was revoked"));
  }

  private PackageRefused refuse(Row p, Action action, Reason reason, String message) {
    log.refused(recipientWho(p), action, caseOf(p.id), reason);
    return new PackageRefused(reason, message);
  }

  /**
   * The recipient as a log record names it: user {@code recipient.<id>}, organisation its id, in
   * the sender's tenant.
   */
  static Who recipientWho(String tenant, String recipientId) {
    String user = "recipient." + recipientId;
    return new Who(
        new UserId(UserId.isValid(user) ? user : "recipient"),
        new OrganisationId(recipientId),
        new TenantId(tenant));
  }

  private static Who recipientWho(Row p) {
    return recipientWho(p.tenant, p.recipientId);
  }

  private Package view(Row p) {
    State state;
    if (p.lostAt != null || "lost".equals(p.state)) {
      state = State.LOST;
    } else if ("writing".equals(p.state)) {
      state = State.INCOMPLETE;
    } else if ("opened".equals(p.state)) {
      state = State.OPENED;
    } else if (clock.millis() >= p.expiresAt) {
      state = State.EXPIRED;
    } else if ("released".equals(p.state)) {
      state = State.RELEASED;
    } else {
      state = State.CREATED;
    }
    return new Package(
        new TenantId(p.tenant),
        p.id,
        p.recipientId,
        p.recipientName == null ? p.recipientId : p.recipientName,
        p.purpose,
        p.caseRef,
        p.selection,
        List.of(p.fields.split(",")),
        p.persons,
        p.online,
        state,
        p.createdBy,
        Instant.ofEpochMilli(p.createdAt),
        Instant.ofEpochMilli(p.expiresAt),
        Optional.ofNullable(p.sha256),
        Optional.ofNullable(p.logSize),
        time(p.releasedAt),
        time(p.openedAt),
        time(p.lostAt),
        Optional.ofNullable(p.lostBy));
  }

  private static Optional<Instant> time(@Nullable Long millis) {
    return millis == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private static String hash(byte[] answer) {
    return HEX.formatHex(PackageCrypto.sha256(answer));
  }
}
