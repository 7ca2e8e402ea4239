package mamori.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.OwnerOnly;
import mamori.store.Sql;
import mamori.store.TenantSettings;
import mamori.vault.Actor;
import mamori.vault.PersonCsvException;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonData;
import mamori.vault.PersonImport;
import mamori.vault.RejectsFile;
import mamori.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opening a package received (issue 17 point 4, the recipient's side): check it, get its release,
 * and import its persons into the tenant's own vault as {@code mamori import persons} does.
 *
 * <p>Design. Nothing in the file is trusted before it is checked, and everything that can be
 * checked here is checked before the sender is asked for anything: the manifest's signature under a
 * <em>registered</em> sender's pinned key (never the key the manifest carries), the expiry against
 * the one clock, that the package is sealed to one of the tenant's keys, that it was not opened
 * already, that its purpose is registered here, and that a CSV export is the tenant's own rule.
 * Only then is the release share asked, at the address the sender was registered with, with
 * timeouts, and the release counts only when the sender's pinned key signed it.
 *
 * <p>The whole content is decrypted and checked once ({@link PackageReader#check}) before a single
 * person is imported, so a truncated, changed or swapped package imports nothing. The import is the
 * vault's own ({@link PersonImport}), under the purpose and the case {@code package:<id>}; a {@code
 * package.open} record is in the tenant's log before it, and the vault logs every register and
 * update. A row of {@code transfer_opened} says {@code opening} before the import and {@code
 * opened} after it: a run killed in between is completed by opening the same file again (unchanged
 * persons change nothing), and an opened package is never imported again.
 *
 * <p>Claims. A run that imports claims the package's row <em>before</em> it asks the release: it
 * inserts the {@code opening} row (the primary key lets one insert win), or takes an {@code
 * opening} row whose lease ended, with an update that holds only while the lease it read is
 * unchanged. The lease is the row's {@code started_at} (so no column is added): the claim's time,
 * renewed after each batch stored; it ends {@link #CLAIM_LEASE} later, or at once when a run that
 * failed with an error gives its claim up (0; a row it inserted before any import began is deleted
 * instead). A second open while a run holds the claim is refused {@code package.already-opened}
 * ("being opened"), before any release is asked or anything imported; a run killed outright is
 * completed by opening again once its lease ended. A run that finds its lease taken by another (it
 * stalled longer than the lease between two batches) stops at its next batch. Every refusal, once
 * the tenant is known, is a denied {@code package.open} record with its reason.
 *
 * <p>Plaintext never goes into a file unless the tenant's own setting {@value #CSV_EXPORT} names
 * why; then the content may be written as CSV (owner-only), logged with that reason.
 */
public final class Opening {
  /** The tenant setting that allows writing a package's content as CSV, holding why. */
  public static final String CSV_EXPORT = "transfer.csv-export";

  /** The longest reason a {@value #CSV_EXPORT} setting holds (it goes into each record's case). */
  public static final int MAX_CSV_REASON = 50;

  /**
   * How long a run's claim of a package it opens lasts without being renewed (it is renewed after
   * each batch it stores): a run killed without ending leaves its package {@code opening}, and
   * opening it again completes it once this much time passed since that run's last batch.
   */
  public static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

  /** How long a call to a sender may take, connecting and answering, by default. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String FAILED = "the opened packages' store failed";

  /** Whether a purpose (事務) is registered for a tenant. */
  @FunctionalInterface
  public interface Purposes {
    boolean registered(TenantId tenant, String purpose);
  }

  /**
   * How to open.
   *
   * @param keyFile a private key kept outside Mamori ({@link ReceiveKeys#readKeyFile}); else the
   *     tenant's key of the manifest's fingerprint
   * @param purpose the purpose to import under when the manifest's is not registered here
   * @param csv where to write the content as CSV, when the tenant's rule allows it
   * @param importPersons whether to import (false with {@code csv}: export instead; false without
   *     it: check only, see {@link #checkOnly})
   * @param progress hears the bytes of content read and the rows done
   */
  public record Options(
      Optional<ReceiveKeys.Key> keyFile,
      Optional<String> purpose,
      Optional<Path> csv,
      boolean importPersons,
      PersonImport.Step progress) {
    /** Import, with the tenant's key and the manifest's purpose. */
    public static Options defaults() {
      return new Options(Optional.empty(), Optional.empty(), Optional.empty(), true, (b, r) -> {});
    }

    /**
     * Every check of an open, the release asked of the sender and the whole content decrypted and
     * checked, but nothing imported, written or reported opened: what {@code mamori bench package}
     * times apart from the import. The package stays unopened here (the sender logs the release).
     */
    public static Options checkOnly() {
      return new Options(Optional.empty(), Optional.empty(), Optional.empty(), false, (b, r) -> {});
    }

    boolean checksOnly() {
      return !importPersons && csv.isEmpty();
    }

    public Options withKeyFile(ReceiveKeys.Key key) {
      return new Options(Optional.of(key), purpose, csv, importPersons, progress);
    }

    public Options withPurpose(String p) {
      return new Options(keyFile, Optional.of(p), csv, importPersons, progress);
    }

    /** Writes the content as CSV to {@code out}; {@code alsoImport} false writes it instead. */
    public Options withCsv(Path out, boolean alsoImport) {
      return new Options(keyFile, purpose, Optional.of(out), alsoImport, progress);
    }

    public Options withProgress(PersonImport.Step step) {
      return new Options(keyFile, purpose, csv, importPersons, step);
    }
  }

  /**
   * What an open did.
   *
   * @param completed true when it completed an earlier run that was stopped during its import
   * @param warning what went wrong after the import (reporting the opening to the sender)
   */
  public record Opened(
      String packageId,
      String senderId,
      String purpose,
      long contentBytes,
      Optional<PersonImport.Summary> imported,
      Optional<Path> csv,
      boolean completed,
      Optional<String> warning) {}

  private final JdbcClient jdbc;
  private final Vault vault;
  private final TransparencyLogs logs;
  private final Senders senders;
  private final ReceiveKeys keys;
  private final TenantSettings settings;
  private final Purposes purposes;
  private final ReleaseClient release;
  private final Clock clock;
  private Consumer<List<PersonData>> afterBatch = batch -> {};

  public Opening(
      DataSource store,
      Vault vault,
      TransparencyLogs logs,
      Senders senders,
      ReceiveKeys keys,
      TenantSettings settings,
      Purposes purposes,
      Duration timeout,
      Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.vault = vault;
    this.logs = logs;
    this.senders = senders;
    this.keys = keys;
    this.settings = settings;
    this.purposes = purposes;
    this.release = new ReleaseClient(timeout);
    this.clock = clock;
  }

  /** For tests: hears each batch once it is stored (a failure there stops the import). */
  void afterEachBatch(Consumer<List<PersonData>> hook) {
    this.afterBatch = hook;
  }

  /**
   * Opens {@code file} for the caller's tenant: checks, releases, checks the whole content, then
   * imports it (and or writes it as CSV, when allowed).
   *
   * @throws PackageRefused with its reason, logged as a denied {@code package.open}: {@code
   *     role.not-allowed} (not the tenant's own staff), {@code package.malformed}, {@code
   *     package.signature}, {@code package.expired}, {@code package.not-ours}, {@code
   *     package.already-opened}, {@code purpose.unknown}, {@code action.not-allowed} (a CSV without
   *     the tenant's rule), {@code package.not-released} (or {@code package.lost} and {@code
   *     package.expired} as the sender answers), {@code package.fields}; nothing is imported
   * @throws NoSuchFileException when there is no such file
   * @throws Exception what the import throws when it fails half-way (the package then stays {@code
   *     opening}, and opening it again completes it)
   */
  public Opened open(Principal p, Path file, Options options) throws Exception {
    TenantId tenant = p.tenantId();
    String[] target = {"package file " + file.getFileName()};
    if (!p.controller() || p.role() != Role.STAFF) {
      deny(p, Why.administrative(Why.caseFrom(target[0])), Reason.ROLE_NOT_ALLOWED);
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED,
          "only the staff of tenant " + tenant.value() + " open packages into its vault");
    }
    try {
      return checkedOpen(p, file, options, target);
    } catch (PackageRefused e) {
      deny(p, Why.administrative(Why.caseFrom(target[0])), e.reason());
      throw e;
    }
  }

  private Opened checkedOpen(Principal p, Path file, Options options, String[] target)
      throws Exception {
    TenantId tenant = p.tenantId();
    PackageReader reader = PackageReader.open(file);
    Manifest m = reader.manifest();
    String id = m.packageId();
    target[0] = Releases.caseOf(id);
    Senders.Sender sender = signer(tenant, reader);
    if (!clock.instant().isBefore(m.expires())) {
      throw new PackageRefused(
          Reason.PACKAGE_EXPIRED, "the package expired at " + m.expires() + "; ask for a new one");
    }
    ReceiveKeys.Key key = key(tenant, m, options);
    Optional<String> state = state(tenant, id);
    if (state.isPresent() && state.get().equals("opened")) {
      throw opened(id);
    }
    Why why = new Why(purpose(tenant, m, options), Releases.caseOf(id));
    Optional<String> csvReason = Optional.empty();
    if (options.csv().isPresent()) {
      csvReason = settings.get(tenant, CSV_EXPORT);
      if (csvReason.isEmpty()) {
        throw new PackageRefused(
            Reason.ACTION_NOT_ALLOWED,
            "a package's content is written to a file only when the tenant's own rule allows it:"
                + " its security officer sets "
                + CSV_EXPORT
                + " to the reason why (mamori settings set)");
      }
      if (Files.exists(options.csv().get())) {
        throw new IllegalArgumentException(options.csv().get() + " exists already");
      }
    }
    // the package is claimed before its release is asked: a second open at once is refused here
    Optional<Claim> claim =
        options.importPersons()
            ? Optional.of(claim(p, m, sender, why, state.isPresent()))
            : Optional.empty();
    try {
      return releasedOpen(p, file, options, target, reader, m, sender, key, why, csvReason, claim);
    } catch (Exception | Error e) {
      claim.ifPresent(c -> unclaim(tenant, id, c));
      throw e;
    }
  }

  private Opened releasedOpen(
      Principal p,
      Path file,
      Options options,
      String[] target,
      PackageReader reader,
      Manifest m,
      Senders.Sender sender,
      ReceiveKeys.Key key,
      Why why,
      Optional<String> csvReason,
      Optional<Claim> claim)
      throws Exception {
    String id = m.packageId();
    byte[] privateKey = key.privateKey();
    byte[] contentKey;
    Optional<byte[]> answer = Optional.empty();
    try {
      byte[] recipientShare = reader.recipientShare(privateKey);
      byte[] releaseShare;
      if (m.release() == Manifest.Mode.OFFLINE) {
        releaseShare = reader.offlineReleaseShare(privateKey);
      } else {
        ReleaseClient.Released r =
            release.release(sender.releaseUrl(), m, privateKey, sender.signingKey());
        answer = Optional.of(r.answer());
        releaseShare = reader.releasedShare(privateKey, r.share());
      }
      contentKey = reader.contentKey(recipientShare, releaseShare);
      Arrays.fill(recipientShare, (byte) 0);
      Arrays.fill(releaseShare, (byte) 0);
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
    try {
      // the whole content opens, chunk by chunk, before anything is done with any of it
      long bytes = reader.check(contentKey);
      Optional<PersonImport.Summary> summary = Optional.empty();
      if (options.importPersons()) {
        summary =
            Optional.of(
                importContent(
                    p, file, reader, contentKey, bytes, m, why, claim.orElseThrow(), options));
      }
      Optional<Path> csv = Optional.empty();
      if (options.csv().isPresent()) {
        Path out = options.csv().get();
        record(
            p,
            new Why(why.purpose(), Why.caseFrom(target[0] + " csv: " + csvReason.get())),
            Outcome.allowed());
        writeCsv(reader, contentKey, out);
        csv = Optional.of(out);
      }
      Optional<String> warning = Optional.empty();
      if (answer.isPresent() && !options.checksOnly()) {
        try {
          release.opened(sender.releaseUrl(), m, answer.get());
        } catch (PackageRefused e) {
          warning =
              Optional.of("the opening could not be reported to the sender: " + e.getMessage());
        }
      }
      return new Opened(
          id,
          sender.id(),
          why.purpose(),
          bytes,
          summary,
          csv,
          claim.map(Claim::resumed).orElse(false),
          warning);
    } finally {
      Arrays.fill(contentKey, (byte) 0);
    }
  }

  private PersonImport.Summary importContent(
      Principal p,
      Path file,
      PackageReader reader,
      byte[] contentKey,
      long bytes,
      Manifest m,
      Why why,
      Claim claim,
      Options options)
      throws Exception {
    TenantId tenant = p.tenantId();
    PersonCsvReader.Options csvOptions =
        PersonCsvReader.Options.defaults()
            .withEncoding(PersonCsvReader.Encoding.UTF_8)
            .withClock(clock.withZone(ZoneId.of("Asia/Tokyo")));
    PersonCsvReader persons;
    try {
      persons = PersonCsvReader.open(reader.content(contentKey), bytes, csvOptions);
    } catch (PersonCsvException e) {
      throw new PackageRefused(
          Reason.PACKAGE_FIELDS, "the package's content cannot be imported: " + e.getMessage());
    }
    try (persons;
        RejectsFile rejects = RejectsFile.forInput(file)) {
      record(p, why, Outcome.allowed());
      claim.importing = true;
      Actor actor = new Actor(p.userId(), p.organisationId(), List.of(), why);
      PersonImport.Summary s =
          PersonImport.run(
              vault,
              tenant.value(),
              actor,
              persons,
              rejects,
              options.progress(),
              batch -> {
                afterBatch.accept(batch);
                renew(tenant, m.packageId(), claim);
              });
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "UPDATE transfer_opened SET state = 'opened', finished_at = ?, imported = ?,"
                          + " updated = ?, unchanged = ? WHERE tenant_id = ? AND package_id = ?")
                  .params(
                      clock.millis(),
                      s.imported(),
                      s.updated(),
                      s.unchanged(),
                      tenant.value(),
                      m.packageId())
                  .update());
      return s;
    }
  }

  private void writeCsv(PackageReader reader, byte[] contentKey, Path out) throws IOException {
    OwnerOnly.createFile(out);
    boolean written = false;
    try (InputStream in = reader.content(contentKey);
        OutputStream o = Files.newOutputStream(out)) {
      in.transferTo(o);
      written = true;
    } finally {
      if (!written) {
        Files.deleteIfExists(out);
      }
    }
  }

  /**
   * The registered sender whose pinned key signed the manifest, and whose key the manifest names.
   */
  private Senders.Sender signer(TenantId tenant, PackageReader reader) {
    Manifest m = reader.manifest();
    Optional<Senders.Sender> found = senders.signerOf(tenant, reader);
    if (found.isEmpty()) {
      boolean selfSigned = reader.signedBy(m.sender().signingKey());
      throw new PackageRefused(
          Reason.PACKAGE_SIGNATURE,
          selfSigned
              ? "the package is signed by a key no sender is registered with here (fingerprint "
                  + mamori.crypto.PackageCrypto.fingerprint(m.sender().signingKey())
                  + "); register the sender with 'mamori senders add' once its key is confirmed"
                  + " out of band"
              : "the package's signature does not verify: it was changed or re-signed");
    }
    if (!java.security.MessageDigest.isEqual(found.get().signingKey(), m.sender().signingKey())) {
      throw new PackageRefused(
          Reason.PACKAGE_SIGNATURE,
          "the manifest names another signing key than the registered sender's that signed it");
    }
    return found.get();
  }

  private ReceiveKeys.Key key(TenantId tenant, Manifest m, Options options) {
    String fingerprint = m.recipient().keyFingerprint();
    if (options.keyFile().isPresent()) {
      ReceiveKeys.Key k = options.keyFile().get();
      if (!k.fingerprint().equals(fingerprint)) {
        throw new PackageRefused(
            Reason.PACKAGE_NOT_OURS,
            "the package is sealed to the key "
                + fingerprint
                + ", not to the key of the key file ("
                + k.fingerprint()
                + ")");
      }
      return k;
    }
    return keys.find(tenant, fingerprint)
        .orElseThrow(() ->
            new PackageRefused(
                Reason.PACKAGE_NOT_OURS,
                "the package is sealed to the key "
                    + fingerprint
                    + ", which is none of this tenant's keys; give its key file with --key-file if"
                    + " it is kept outside Mamori"));
  }

  private String purpose(TenantId tenant, Manifest m, Options options) {
    if (Why.problem(m.purpose(), "c").isEmpty() && purposes.registered(tenant, m.purpose())) {
      return m.purpose();
    }
    String shown = Why.textFrom(m.purpose(), 64);
    if (options.purpose().isEmpty()) {
      throw new PackageRefused(
          Reason.PURPOSE_UNKNOWN,
          "the package's purpose "
              + shown
              + " is not registered here: name the purpose of yours to import it under with"
              + " --purpose");
    }
    String mine = options.purpose().get().strip();
    if (Why.problem(mine, "c").isPresent() || !purposes.registered(tenant, mine)) {
      throw new PackageRefused(
          Reason.PURPOSE_UNKNOWN, "the purpose " + Why.textFrom(mine, 64) + " is not registered");
    }
    return mine;
  }

  /** A run's claim of a package's {@code opening} row: the lease time it holds it at. */
  private static final class Claim {
    final String user;
    long at;
    final boolean inserted;
    boolean importing;

    Claim(String user, long at, boolean inserted) {
      this.user = user;
      this.at = at;
      this.inserted = inserted;
    }

    /** Whether the run took over an {@code opening} row left by an earlier one. */
    boolean resumed() {
      return !inserted;
    }
  }

  private static PackageRefused opened(String id) {
    return new PackageRefused(
        Reason.PACKAGE_OPENED,
        "the package "
            + id
            + " was opened and imported already: a replayed package imports nothing again");
  }

  private static PackageRefused beingOpened(String id) {
    return new PackageRefused(
        Reason.PACKAGE_OPENED,
        "the package "
            + id
            + " is being opened by another run; a run stopped without ending can be completed"
            + " by opening again "
            + CLAIM_LEASE.toMinutes()
            + " minutes after its last batch");
  }

  /**
   * Claims the package's {@code transfer_opened} row for this run: inserts it as {@code opening}
   * when there is none, or takes an {@code opening} row whose lease ended ({@code started_at} at
   * least {@link #CLAIM_LEASE} ago, or 0: released) by an update that holds only while that lease
   * is unchanged. Whoever loses either race is refused.
   */
  private Claim claim(Principal p, Manifest m, Senders.Sender sender, Why why, boolean known) {
    String tenant = p.tenantId().value();
    String id = m.packageId();
    long now = clock.millis();
    String user = p.userId().value();
    if (!known) {
      try {
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO transfer_opened (tenant_id, package_id, sender_id,"
                            + " purpose_id, case_ref, persons, state, opened_by, started_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'opening', ?, ?)")
                    .params(
                        tenant,
                        id,
                        sender.id(),
                        why.purpose(),
                        Why.caseFrom(m.caseRef()),
                        m.persons(),
                        user,
                        now)
                    .update());
        return new Claim(user, now, true);
      } catch (IllegalStateException e) {
        // another run inserted it first (the primary key; each driver says so in its own way):
        // it is theirs, or opened, as the row now says
        if (state(p.tenantId(), id).isEmpty()) {
          throw e;
        }
      }
    }
    record Lease(String state, long startedAt) {}
    Lease lease =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT state, started_at FROM transfer_opened WHERE tenant_id = ? AND"
                            + " package_id = ?")
                    .params(tenant, id)
                    .query((rs, n) -> new Lease(rs.getString(1), rs.getLong(2)))
                    .single());
    if (lease.state().equals("opened")) {
      throw opened(id);
    }
    if (lease.startedAt() > now - CLAIM_LEASE.toMillis() && lease.startedAt() != 0) {
      throw beingOpened(id);
    }
    int taken =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE transfer_opened SET started_at = ?, opened_by = ? WHERE"
                            + " tenant_id = ? AND package_id = ? AND state = 'opening' AND"
                            + " started_at = ?")
                    .params(now, user, tenant, id, lease.startedAt())
                    .update());
    if (taken != 1) {
      throw beingOpened(id);
    }
    return new Claim(user, now, false);
  }

  /** Renews the claim's lease after a batch; a run whose claim was taken stops. */
  private void renew(TenantId tenant, String id, Claim claim) {
    long now = clock.millis();
    int renewed =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE transfer_opened SET started_at = ? WHERE tenant_id = ? AND"
                            + " package_id = ? AND state = 'opening' AND opened_by = ? AND"
                            + " started_at = ?")
                    .params(now, tenant.value(), id, claim.user, claim.at)
                    .update());
    if (renewed != 1) {
      throw new IllegalStateException(
          "the package " + id + " was claimed by another run: this one stops");
    }
    claim.at = now;
  }

  /**
   * Gives the claim up after a run failed: the row it inserted goes when no import began (the
   * package is as before), else its lease is released (0), so that the next open completes the
   * import at once.
   */
  private void unclaim(TenantId tenant, String id, Claim claim) {
    try {
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      claim.inserted && !claim.importing
                          ? "DELETE FROM transfer_opened WHERE tenant_id = ? AND package_id = ?"
                              + " AND state = 'opening' AND opened_by = ? AND started_at = ?"
                          : "UPDATE transfer_opened SET started_at = 0 WHERE tenant_id = ? AND"
                              + " package_id = ? AND state = 'opening' AND opened_by = ? AND"
                              + " started_at = ?")
                  .params(tenant.value(), id, claim.user, claim.at)
                  .update());
    } catch (IllegalStateException e) {
      // the lease then ends by itself, CLAIM_LEASE after its last renewal
    }
  }

  private Optional<String> state(TenantId tenant, String packageId) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT state FROM transfer_opened WHERE tenant_id = ? AND package_id = ?")
                .params(tenant.value(), packageId)
                .query(String.class)
                .optional());
  }

  /**
   * Checks a {@value #CSV_EXPORT} setting's value: the reason, 1 to {@value #MAX_CSV_REASON}
   * printable characters holding no number.
   *
   * @throws IllegalArgumentException when it is not
   */
  public static String checkCsvReason(String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > MAX_CSV_REASON || v.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(
          CSV_EXPORT
              + " holds the reason a package may be written as CSV: 1 to "
              + MAX_CSV_REASON
              + " printable characters");
    }
    if (NumberText.holdsNumber(v)) {
      throw new IllegalArgumentException(CSV_EXPORT + " may not hold a number like a My Number");
    }
    return v;
  }

  /**
   * Inspects {@code file} for the tenant without any key: its manifest, whether a registered sender
   * signed it, whether it expired, and what that sender says of its release.
   */
  public Inspection inspect(TenantId tenant, Path file) throws IOException {
    PackageReader reader = PackageReader.open(file);
    return Inspection.of(reader, Optional.of(senders.list(tenant)), release, clock);
  }

  /**
   * Inspects {@code file} without a store: the signature is checked only under the key the manifest
   * carries, which says nothing of who sent it.
   */
  public static Inspection inspect(Path file, Clock clock) throws IOException {
    return Inspection.of(
        PackageReader.open(file), Optional.empty(), new ReleaseClient(TIMEOUT), clock);
  }

  private void deny(Principal p, Why why, Reason reason) {
    record(p, why, Outcome.denied(reason));
  }

  private void record(Principal p, Why why, Outcome outcome) {
    logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    p.who(), List.of(), why, Action.PACKAGE_OPEN, clock.instant()),
                outcome));
  }
}
