package mamori.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.PackageCrypto;
import mamori.crypto.TenantKeys;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import mamori.store.TenantSettings;
import mamori.vault.Actor;
import mamori.vault.PackagePages;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonSets;
import mamori.vault.Vault;
import mamori.work.JobPersons;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes packages on the sender's side (issue 17 point 2): the persons of a selection, through the
 * gate, into one file sealed for one registered recipient.
 *
 * <p>Design. Everything that can be refused is checked before a byte is written: the recipient
 * (unknown or revoked: refused and logged), the fields (the recipient imports the content with the
 * reader of {@code mamori import persons}, so a package lacking a column that reader requires is
 * refused {@code package.fields}, logged), the expiry (1 hour to 30 days online, to 72 hours
 * offline), the tenant's release address, and the gate's decision on the PACKAGE action, which
 * counts the persons against the daily volumes. Then the package's row is stored in state {@code
 * writing} and the persons are paged through the vault ({@link PackagePages}): each page's {@code
 * package} records (one per person, case {@code package:<id>}) are durable before the page is
 * opened, and its rows go straight into the streamed, sealed content ({@link PackageWriter}). The
 * log of page k+1 runs on a second thread while page k is opened and written, so both cores work
 * and the order holds: a page's bytes are written only after its own records are durable. The
 * signed manifest names the log's size after the last record and the newest checkpoint; only after
 * the file is renamed to its name is the row marked {@code created}. A failure or a kill anywhere
 * before leaves the row in {@code writing} (never released) and no file but a {@code .partial} one
 * that no reader takes, and gives back the volume of the persons it never logged.
 */
public final class Packages {
  /** The longest an online package lives. */
  public static final Duration MAX_ONLINE = Duration.ofDays(30);

  /** The longest an offline package lives: it cannot be killed once sent. */
  public static final Duration MAX_OFFLINE = Duration.ofHours(72);

  /** The shortest a package lives. */
  public static final Duration MIN_EXPIRY = Duration.ofHours(1);

  /** Persons per page when none is given. */
  public static final int PAGE = 4_096;

  private static final String FAILED = "the packages' store failed";

  private final JdbcClient jdbc;
  private final Vault vault;
  private final AccessGate gate;
  private final Recipients recipients;
  private final PackageSigner signer;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final TenantSettings settings;
  private final JobPersons jobs;
  private final Function<TenantId, String> senderName;
  private final Clock clock;
  private final int page;

  /**
   * @param senderName the tenant's name as its manifests name the sender
   * @param page persons per page (1 to {@link PackagePages#MAX_PAGE})
   */
  public Packages(
      DataSource store,
      Vault vault,
      AccessGate gate,
      Recipients recipients,
      PackageSigner signer,
      TenantKeys keys,
      TransparencyLogs logs,
      Function<TenantId, String> senderName,
      Clock clock,
      int page) {
    if (page < 1 || page > PackagePages.MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + PackagePages.MAX_PAGE + " persons");
    }
    this.jdbc = JdbcClient.create(store);
    this.vault = vault;
    this.gate = gate;
    this.recipients = recipients;
    this.signer = signer;
    this.keys = keys;
    this.logs = logs;
    this.settings = new TenantSettings(store);
    this.jobs = new JobPersons(store);
    this.senderName = senderName;
    this.clock = clock;
    this.page = page;
  }

  /** Told after each page is written: persons written, persons logged, persons counted. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (written, logged, counted) -> {};

    void page(long written, long logged, long counted);
  }

  /** A finished package. */
  public record Created(
      String id,
      long persons,
      String sha256,
      Path file,
      Recipients.Recipient recipient,
      Manifest.Mode mode,
      Instant expires,
      long logSize) {}

  /**
   * Makes the package {@code n} into {@code out} (which must not exist) as {@code p}.
   *
   * @throws PackageRefused ({@code recipient.unknown}, {@code recipient.revoked}, {@code
   *     package.fields}; logged)
   * @throws mamori.access.AccessException when the gate refuses (logged)
   * @throws IllegalArgumentException for an expiry out of range, an unknown list or job, an {@code
   *     out} that exists, or a selection that holds no one (once the gate allowed it); nothing is
   *     logged or stored
   * @throws TransferSettings.ReleaseUrlUnset when the tenant has no {@code transfer.release-url}
   * @throws IOException when the file cannot be written; the row stays {@code writing}
   */
  public Created create(Principal p, NewPackage n, Path out, Progress progress) throws IOException {
    return create(p, n, id -> out, progress);
  }

  /**
   * As {@link #create(Principal, NewPackage, Path, Progress)}, into the file {@code outFor} names
   * for the package's id once it is drawn (a service keeps its packages as {@code <id>.mpkg}).
   */
  public Created create(Principal p, NewPackage n, Function<String, Path> outFor, Progress progress)
      throws IOException {
    TenantId tenant = p.tenantId();
    Manifest.Mode mode = n.offline() ? Manifest.Mode.OFFLINE : Manifest.Mode.ONLINE;
    Duration max = n.offline() ? MAX_OFFLINE : MAX_ONLINE;
    if (n.expires().compareTo(MIN_EXPIRY) < 0 || n.expires().compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "an "
              + mode.code()
              + " package expires in 1 hour to "
              + (n.offline() ? "72 hours" : "30 days"));
    }
    String selection = n.selection().text();
    if (selection.length() > 100) {
      throw new IllegalArgumentException("a selection is at most 100 characters");
    }
    Recipients.Recipient to =
        recipients
            .find(tenant, n.to())
            .orElseThrow(() ->
                refuse(
                    p,
                    n.why(),
                    n.fields(),
                    Reason.RECIPIENT_UNKNOWN,
                    "no recipient " + n.to() + " is registered"));
    if (to.state() == Recipients.State.REVOKED) {
      throw refuse(
          p,
          n.why(),
          n.fields(),
          Reason.RECIPIENT_REVOKED,
          "the recipient " + to.id() + " was revoked");
    }
    List<Field> lacking =
        PersonCsvReader.requiredFields().stream()
            .filter(f -> !n.fields().contains(f))
            .sorted()
            .toList();
    if (!lacking.isEmpty()) {
      throw refuse(
          p,
          n.why(),
          n.fields(),
          Reason.PACKAGE_FIELDS,
          "the recipient imports a package as 'mamori import persons' reads a register, which"
              + " needs the fields "
              + lacking.stream().map(Field::column).collect(Collectors.joining(",")));
    }
    String releaseUrl =
        TransferSettings.releaseUrl(settings, tenant)
            .orElseThrow(() -> new TransferSettings.ReleaseUrlUnset(tenant));
    PackagePages.Source source = source(tenant, n.selection());
    long counted = count(tenant, n.selection(), source);

    String id = packageId();
    Path out = outFor.apply(id);
    if (Files.exists(out) || Files.exists(partialOf(out))) {
      throw new IllegalArgumentException("the file " + out.getFileName() + " exists already");
    }
    byte[] idBytes = HexFormat.of().parseHex(id);
    byte[] recipientShare = PackageCrypto.random(PackageCrypto.KEY_BYTES);
    byte[] releaseShare = PackageCrypto.random(PackageCrypto.KEY_BYTES);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expires = now.plus(n.expires());

    AccessGate.PackageAllowed allowed =
        gate.packaging(p, n.why(), n.fields(), n.selection(), counted);
    if (counted == 0) {
      // decided first, so that a selection the caller may not package is refused as such
      throw new IllegalArgumentException("the selection " + selection + " holds no one");
    }
    Why recorded = new Why(n.why().purpose(), Releases.caseOf(id));
    Actor actor =
        new Actor(
            allowed.actor().user(), allowed.actor().organisation(), allowed.chain(), recorded);
    long[] logged = {0};
    boolean[] finishedNotCreated = {false};
    try {
      insert(p, n, id, to, mode, selection, now, expires, releaseShare);
      Run run = new Run(p, allowed, actor, tenant, source, progress, logged);
      Created created;
      byte[] contentKey =
          PackageCrypto.contentKey(idBytes, recipientShare, releaseShare, Format.CONTENT_KEY);
      try (PackageWriter writer = PackageWriter.start(out, idBytes, contentKey)) {
        long logSize = run.write(writer.content(), n.fields());
        TenantLog log = logs.forTenant(tenant.value());
        Manifest manifest =
            new Manifest(
                id,
                new Manifest.Sender(
                    tenant.value(), senderName.apply(tenant), signer.publicKey(tenant), releaseUrl),
                new Manifest.Recipient(to.id(), to.name(), to.fingerprint()),
                n.why().purpose(),
                n.why().caseRef(),
                run.written,
                n.fields().stream().map(Field::column).toList(),
                now,
                expires,
                mode,
                new Manifest.LogPoint(
                    log.origin(), logSize > 0 ? logSize : log.size(), log.checkpoint()),
                PackageCrypto.seal(
                    to.publicKey(), Format.info(Format.RECIPIENT_SHARE, idBytes), recipientShare),
                n.offline()
                    ? Optional.of(
                        PackageCrypto.seal(
                            to.publicKey(),
                            Format.info(Format.RELEASE_SHARE, idBytes),
                            releaseShare))
                    : Optional.empty());
        PackageWriter.Finished done = writer.finish(manifest, signer.pair(tenant).getPrivate());
        finishedNotCreated[0] = true;
        completed(tenant, id, run.written, done.sha256(), manifest.log().size());
        finishedNotCreated[0] = false; // created: the file is the package now
        created =
            new Created(
                id,
                run.written,
                done.sha256(),
                done.file(),
                to,
                mode,
                expires,
                manifest.log().size());
      }
      gate.packageGiveBack(allowed, allowed.counted() - logged[0]);
      return created;
    } catch (IOException | RuntimeException | Error e) {
      // a file finished whose row could not be marked created is no package: it goes
      try {
        if (finishedNotCreated[0]) {
          Files.deleteIfExists(out);
        }
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      // volume counts what was logged: the persons never logged are given back
      try {
        gate.packageGiveBack(allowed, allowed.counted() - logged[0]);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      java.util.Arrays.fill(recipientShare, (byte) 0);
      java.util.Arrays.fill(releaseShare, (byte) 0);
    }
  }

  /**
   * One package's paging, two threads: this one opens and writes page k while the helper reads and
   * logs page k+1. {@code logged} is written by the helper only, read after it has stopped.
   */
  private final class Run {
    private final Principal p;
    private final AccessGate.PackageAllowed allowed;
    private final Actor actor;
    private final TenantId tenant;
    private final PackagePages.Source source;
    private final Progress progress;
    private final long[] logged;
    private long written;

    Run(
        Principal p,
        AccessGate.PackageAllowed allowed,
        Actor actor,
        TenantId tenant,
        PackagePages.Source source,
        Progress progress,
        long[] logged) {
      this.p = p;
      this.allowed = allowed;
      this.actor = actor;
      this.tenant = tenant;
      this.source = source;
      this.progress = progress;
      this.logged = logged;
    }

    /** Writes the CSV into {@code content}; returns the log's size after the last record. */
    long write(OutputStream content, List<Field> fields) throws IOException {
      PackagePages pages = vault.packagePages();
      BufferedOutputStream csv = new BufferedOutputStream(content, 1 << 16);
      csv.write(
          (fields.stream().map(Field::column).collect(Collectors.joining(",")) + "\n")
              .getBytes(StandardCharsets.US_ASCII));
      ExecutorService ahead =
          Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "package-log");
            t.setDaemon(true);
            return t;
          });
      CompletableFuture<PackagePages.Logged> next = null;
      long logSize = 0;
      try {
        next = CompletableFuture.supplyAsync(() -> logPage(pages, Long.MIN_VALUE), ahead);
        while (next != null) {
          PackagePages.Logged current = join(next);
          next =
              current.more()
                  ? CompletableFuture.supplyAsync(() -> logPage(pages, current.last()), ahead)
                  : null;
          int opened =
              pages.open(
                  current,
                  values -> {
                    for (int i = 0; i < values.length; i++) {
                      if (i > 0) {
                        csv.write(',');
                      }
                      csvField(csv, values[i]);
                    }
                    csv.write('\n');
                  });
          written += opened; // a person erased since the page was read is left out
          logSize = Math.max(logSize, current.logSize());
          csv.flush();
          progress.page(written, loggedNow(), allowed.counted());
        }
      } finally {
        if (next != null) {
          // a failure while page k was written: wait for k+1's log, so that what was logged is
          // known and its volume kept
          try {
            next.join();
          } catch (RuntimeException ignored) {
            // its failure is not this failure's cause
          }
        }
        ahead.shutdown();
      }
      return logSize;
    }

    private synchronized long loggedNow() {
      return logged[0];
    }

    /** Reads the page after {@code after}, counts what the count lacked, logs it (durable). */
    private PackagePages.Logged logPage(PackagePages pages, long after) {
      PackagePages.Read read = pages.read(tenant.value(), source, after, page);
      long now;
      synchronized (this) {
        now = logged[0];
      }
      long beyond = now + read.size() - allowed.counted();
      if (beyond > 0) {
        gate.packageMore(p, allowed, beyond);
      }
      PackagePages.Logged l = pages.log(read, actor, allowed.fields());
      synchronized (this) {
        logged[0] += l.size();
      }
      return l;
    }
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
  static void csvField(OutputStream out, byte[] v) throws IOException {
    boolean quote = false;
    for (byte b : v) {
      if (b == ',' || b == '"' || b == '\n' || b == '\r') {
        quote = true;
        break;
      }
    }
    if (!quote) {
      out.write(v);
      return;
    }
    out.write('"');
    for (byte b : v) {
      if (b == '"') {
        out.write('"');
      }
      out.write(b);
    }
    out.write('"');
  }

  private PackagePages.Source source(TenantId tenant, PersonSet selection) {
    return switch (selection) {
      case PersonSet.All a -> new PackagePages.Source.Of(new PersonSets.Members.Everyone());
      case PersonSet.Tagged t -> new PackagePages.Source.Of(new PersonSets.Members.Tagged(t.tag()));
      case PersonSet.Listed l -> {
        if (!vault.packagePages().hasList(tenant.value(), l.listId())) {
          throw new IllegalArgumentException("the tenant has no list " + l.listId());
        }
        yield new PackagePages.Source.Of(new PersonSets.Members.Listed(l.listId()));
      }
      case PersonSet.Job j -> {
        if (!jobs.exists(tenant, j.jobId())) {
          throw new IllegalArgumentException("the tenant has no job " + j.jobId());
        }
        yield new PackagePages.Source.From(
            (after, limit) -> jobs.after(tenant, j.jobId(), after, limit));
      }
    };
  }

  private long count(TenantId tenant, PersonSet selection, PackagePages.Source source) {
    return switch (source) {
      case PackagePages.Source.Of(PersonSets.Members m) ->
          vault.packagePages().count(tenant.value(), m);
      case PackagePages.Source.From f -> jobs.count(tenant, ((PersonSet.Job) selection).jobId());
    };
  }

  /**
   * 16 random bytes as hex, drawn again while the hex holds twelve digits in a row: the id is a
   * case reference ({@code package:<id>}) in every record, and a case never holds what looks like a
   * My Number.
   */
  static String packageId() {
    while (true) {
      String id = HexFormat.of().formatHex(PackageCrypto.random(16));
      if (Manifest.idOfPackage(id)) {
        return id;
      }
    }
  }

  private void insert(
      Principal p,
      NewPackage n,
      String id,
      Recipients.Recipient to,
      Manifest.Mode mode,
      String selection,
      Instant now,
      Instant expires,
      byte[] releaseShare) {
    String tenant = p.tenantId().value();
    // an offline package's share is in the file: the row keeps none
    Object sealedShare =
        mode == Manifest.Mode.ONLINE
            ? keys.sealSecret(tenant, Releases.shareLabel(id), releaseShare)
            : new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.BINARY, null);
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO transfer_package (tenant_id, package_id, recipient_id,"
                        + " fingerprint, purpose_id, case_ref, selection, fields, mode, persons,"
                        + " state, release_share, created_by, created_at, expires_at) VALUES (?,"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, 0, 'writing', ?, ?, ?, ?)")
                .params(
                    tenant,
                    id,
                    to.id(),
                    to.fingerprint(),
                    n.why().purpose(),
                    n.why().caseRef(),
                    selection,
                    n.fields().stream().map(Field::column).collect(Collectors.joining(",")),
                    mode.code(),
                    sealedShare,
                    p.userId().value(),
                    now.toEpochMilli(),
                    expires.toEpochMilli())
                .update());
  }

  private void completed(TenantId tenant, String id, long persons, String sha256, long logSize) {
    int n =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE transfer_package SET state = 'created', persons = ?, sha256 = ?,"
                            + " log_size = ?, completed_at = ? WHERE tenant_id = ? AND"
                            + " package_id = ? AND state = 'writing'")
                    .params(persons, sha256, logSize, clock.millis(), tenant.value(), id)
                    .update());
    if (n != 1) {
      throw new IllegalStateException("the package " + id + " is no longer being written");
    }
  }

  /** Logs a refusal of the package (no person named) and returns it to throw. */
  private PackageRefused refuse(
      Principal p, Why why, List<Field> fields, Reason reason, String message) {
    logs.forTenant(p.tenantId().value())
        .append(
            AccessRecord.of(
                new Attempt(
                    p.who(),
                    List.of(),
                    why,
                    Action.PACKAGE,
                    Optional.empty(),
                    fields.isEmpty() ? java.util.Set.of() : java.util.EnumSet.copyOf(fields),
                    clock.instant()),
                Outcome.denied(reason)));
    return new PackageRefused(reason, message);
  }

  static Path partialOf(Path out) {
    return out.resolveSibling(out.getFileName() + ".partial");
  }
}
