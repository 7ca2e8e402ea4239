package mamori.work;

import java.awt.image.BufferedImage;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.DocumentKey;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Design. A batch is logged once (job.documents-add, the job and the count as its case) after the
 * caller and the job are checked and before the first file is read: when the append fails nothing
 * is stored. Then each file is read, checked and sealed on its own, and stored whole or not at all
 * (WorkStore.insertDocument, one transaction): one bad scan never stops the rest of the batch, and
 * its reason comes back in the report. Pages are decoded one at a time (Intake), sealed as PNG under
 * the document's own key, and the region of each field on that page is cut and sealed before the
 * next page is read. A document's place in its job (seq) is taken in the transaction that stores it,
 * under the job row's lock (WorkStore.appendDocument), so concurrent batches, in this process or
 * another, need no lock here and no retry. A file the store fails to take is refused in the report
 * like a bad scan, and the batch goes on: the report always has one line per file.
 *
 * Decoding is the one step whose memory grows with what a file declares, so at most DECODERS
 * documents are decoded at once across all requests (a fair semaphore): N officers uploading at once
 * wait their turn rather than multiply the heap. Intake refuses, before decoding, any page or image
 * that declares more than its pixel limit; should a decoder still run out of memory, that file alone
 * is refused (its large allocation failed and was dropped) and the batch goes on.
 */
/**
 * A tenant's data-entry jobs (issue 16 point 1): created by the controller's security officer or
 * organisation admin for one of its purposes, a document type and a deadline; documents loaded into
 * them from scanned files, each page sealed, each field's region cut and sealed, one task per part.
 * Every act is logged before it takes effect, refusals with their reason.
 */
public final class Jobs {
  private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

  public static final int MAX_NAME = 200;

  /** The most files one batch takes. */
  public static final int MAX_BATCH = 1000;

  /** The most documents decoded at once, across all requests. */
  static final int DECODERS = 2;

  /** The most megabytes (MiB) a page takes in its file, its content and images. */
  public static final int MAX_PAGE_MEGABYTES = 50;

  /**
   * The most megapixels (million pixels) a page or an image in it may declare: an A4 page scanned
   * at 600 dpi is 34.8.
   */
  public static final int MAX_PAGE_MEGAPIXELS = 35;

  /** The most bytes of one file. */
  public static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;

  /** The most bytes of all files of one batch. */
  public static final long MAX_BATCH_BYTES = 2L * 1024 * 1024 * 1024 - 1;

  /** Whether a tenant registered a purpose (the entrustment registry answers). */
  @FunctionalInterface
  public interface Purposes {
    boolean registered(TenantId tenant, String purpose);

    /** The purposes the tenant registered with the entrustment registry. */
    static Purposes of(mamori.entrustment.Entrustments entrustments) {
      return (tenant, purpose) ->
          entrustments.purposes(tenant.value()).stream().anyMatch(x -> x.id().equals(purpose));
    }
  }

  private final WorkStore store;
  private final DocumentTypes types;
  private final TenantKeys keys;
  private final Purposes purposes;
  private final AdminLog log;
  private final Clock clock;
  private final Intake intake;
  private final SecureRandom random = new SecureRandom();
  private final Semaphore decoding = new Semaphore(DECODERS, true);

  public Jobs(
      WorkStore store,
      DocumentTypes types,
      TenantKeys keys,
      Purposes purposes,
      TransparencyLogs logs,
      Clock clock) {
    this(store, types, keys, purposes, logs, clock, Intake.Limits.DEFAULT);
  }

  Jobs(
      WorkStore store,
      DocumentTypes types,
      TenantKeys keys,
      Purposes purposes,
      TransparencyLogs logs,
      Clock clock,
      Intake.Limits limits) {
    this.store = store;
    this.types = types;
    this.keys = keys;
    this.purposes = purposes;
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
    this.intake = new Intake(limits);
  }

  /**
   * Creates a job.
   *
   * @throws JobException refused (logged) for a caller other than the controller's security officer
   *     or organisation admin; invalid for a blank or long name, a name with a number, a purpose
   *     the tenant has not registered, an unknown type, a past deadline; conflict for a job id
   *     taken; nothing is stored
   */
  public Job create(Principal p, NewJob n) {
    String target = n.id().map(JobId::value).orElse("job");
    Reason refused = WorkRoles.administers(p);
    if (refused != null) {
      log.refused(p.who(), Action.JOB_CREATE, target, refused);
      throw JobException.refused(
          refused, "only the tenant's security officer or organisation admin creates jobs");
    }
    TenantId tenant = p.tenantId();
    String name = n.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw JobException.invalid("name", "is 1 to " + MAX_NAME + " characters");
    }
    if (name.codePoints().anyMatch(Why::unprintable)) {
      throw JobException.invalid("name", "holds a control or format character");
    }
    NumberText.refuseNumberIn("the job's name", name);
    // a purpose id has the shape of a tenant id
    if (!TenantId.PATTERN.matcher(n.purpose()).matches()
        || !purposes.registered(tenant, n.purpose())) {
      log.refused(p.who(), Action.JOB_CREATE, target, Reason.PURPOSE_UNKNOWN);
      throw new JobException(
          JobException.Kind.INVALID,
          Reason.PURPOSE_UNKNOWN,
          "purpose",
          "purpose: is not a purpose the tenant registered");
    }
    DocumentType type =
        types
            .type(tenant, n.typeId())
            .orElseThrow(() -> JobException.invalid("type", "no such document type"));
    Instant now = clock.instant();
    if (!n.deadline().isAfter(now)) {
      throw JobException.invalid("deadline", "lies in the past");
    }
    JobId id = n.id().orElseGet(JobId::random);
    if (store.job(tenant, id).isPresent()) {
      throw new JobException(
          JobException.Kind.CONFLICT, Reason.JOB_TAKEN, "id", "the job id is taken");
    }
    Job job =
        new Job(
            tenant,
            id,
            name,
            n.purpose(),
            type.id(),
            type.version(),
            n.deadline(),
            Job.State.OPEN,
            p.userId(),
            now);
    log.allowed(p.who(), Action.JOB_CREATE, id.value());
    if (!store.insertJob(job)) {
      throw new JobException(
          JobException.Kind.CONFLICT, Reason.JOB_TAKEN, "id", "the job id is taken");
    }
    return job;
  }

  /**
   * The job {@code id} of the caller's tenant.
   *
   * @throws JobException refused for a caller other than the controller's officer, admin or
   *     auditor; not found for a job of no or another tenant
   */
  public Job job(Principal p, JobId id) {
    return job(store, p, id);
  }

  /** The tenant's jobs, newest first. */
  public List<Job> list(Principal p) {
    return list(store, p);
  }

  /**
   * The one reading of a job (here and for {@link JobChanges}): the caller's right first, so a
   * caller who may not read jobs learns nothing of which exist, then the job of its own tenant.
   */
  static Job job(WorkStore store, Principal p, JobId id) {
    reader(p);
    return store.job(p.tenantId(), id).orElseThrow(JobException::unknownJob);
  }

  /** The one listing of the tenant's jobs, newest first, for a reader of them. */
  static List<Job> list(WorkStore store, Principal p) {
    reader(p);
    return store.jobs(p.tenantId());
  }

  /** The tenant's document types (built in and loaded), for a reader of jobs. */
  public List<DocumentType> types(Principal p) {
    reader(p);
    return types.all(p.tenantId());
  }

  /** Refuses a caller who may not read the tenant's jobs and types. */
  static void reader(Principal p) {
    Reason r = WorkRoles.reads(p);
    if (r != null) {
      // a refused read of job metadata changes nothing and shows no person: answered, not logged
      throw JobException.refused(r, "only the tenant's officer, admin and auditors read jobs");
    }
  }

  /** Adds documents to a job; see {@link #addDocuments(Principal, JobId, List, IntConsumer)}. */
  public List<LoadReport> addDocuments(Principal p, JobId id, List<Upload> files) {
    return addDocuments(p, id, files, i -> {});
  }

  /**
   * Loads scanned files into a job, each as one document: checked (its kind read from its bytes,
   * its size and page count within limits and the type's), its pages sealed, its regions cut and
   * sealed, one task per part; stored whole or not at all. One report per file, in order.
   *
   * @param progress told the count of files done after each
   * @throws JobException refused (logged) for a caller who does not administer the tenant's work, a
   *     job of no or another tenant ({@code job.unknown}) or a closed one ({@code job.closed});
   *     invalid for an empty or too large batch; nothing is stored
   */
  public List<LoadReport> addDocuments(
      Principal p, JobId id, List<Upload> files, IntConsumer progress) {
    Reason refused = WorkRoles.administers(p);
    if (refused != null) {
      log.refused(p.who(), Action.JOB_DOCUMENTS_ADD, id.value(), refused);
      throw JobException.refused(
          refused, "only the tenant's security officer or organisation admin adds documents");
    }
    TenantId tenant = p.tenantId();
    Optional<Job> found = store.job(tenant, id);
    if (found.isEmpty()) {
      log.refused(p.who(), Action.JOB_DOCUMENTS_ADD, id.value(), Reason.JOB_UNKNOWN);
      throw JobException.unknownJob();
    }
    Job job = found.get();
    if (job.state() == Job.State.CLOSED) {
      log.refused(p.who(), Action.JOB_DOCUMENTS_ADD, id.value(), Reason.JOB_CLOSED);
      throw new JobException(
          JobException.Kind.CONFLICT,
          Reason.JOB_CLOSED,
          "",
          "the job is closed; nothing was loaded");
    }
    if (files.isEmpty() || files.size() > MAX_BATCH) {
      throw JobException.invalid("file", "a batch is 1 to " + MAX_BATCH + " files");
    }
    long total = files.stream().mapToLong(f -> f.bytes().length).sum();
    if (total > MAX_BATCH_BYTES) {
      throw JobException.invalid("file", "a batch is at most " + MAX_BATCH_BYTES + " bytes");
    }
    DocumentType type =
        types
            .type(tenant, job.typeId(), job.typeVersion())
            .orElseThrow(() -> new IllegalStateException("the job's type is gone"));
    log.allowed(
        p.who(),
        Action.JOB_DOCUMENTS_ADD,
        id.value() + ": " + files.size() + (files.size() == 1 ? " document" : " documents"));
    List<LoadReport> out = new ArrayList<>(files.size());
    int done = 0;
    for (Upload f : files) {
      out.add(load(job, type, f));
      progress.accept(++done);
    }
    return out;
  }

  /**
   * The report of a file refused by its size alone, before it is read: a loader that takes files
   * from disk compares their size with {@link #MAX_FILE_BYTES} first, so a huge file never fills
   * the heap on its way to being refused.
   */
  public static LoadReport tooLarge(String fileName) {
    return LoadReport.refusedFor(
        source(fileName), "was not read: " + Intake.tooLarge(MAX_FILE_BYTES));
  }

  /** A sealed document ready to store. */
  private record Sealed(
      long id,
      DocumentKey key,
      int pages,
      List<WorkStore.SealedPage> sealedPages,
      Map<String, byte[]> regions) {}

  private LoadReport load(Job job, DocumentType type, Upload f) {
    String name = source(f.name());
    Sealed s;
    try {
      decoding.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return LoadReport.refusedFor(name, "was not read: the load was interrupted");
    }
    try {
      s = seal(job.tenant(), type, f.bytes());
    } catch (Intake.Refused e) {
      return LoadReport.refusedFor(name, String.valueOf(e.getMessage()));
    } catch (OutOfMemoryError e) {
      return LoadReport.refusedFor(name, "is too large to decode");
    } finally {
      decoding.release();
    }
    try {
      store.appendDocument(
          job.tenant(),
          job.id(),
          seq ->
              new WorkDocument(
                  job.tenant(),
                  s.id(),
                  job.id(),
                  seq,
                  name,
                  s.pages(),
                  s.key().wrapped(),
                  WorkDocument.State.OPEN,
                  Optional.empty(),
                  Optional.empty(),
                  clock.instant(),
                  Optional.empty()),
          s.sealedPages(),
          s.regions(),
          seq -> tasks(type, seq));
      return LoadReport.loaded(name, s.id(), s.pages());
    } catch (RuntimeException e) {
      // the store's own words stay in the service's log; the report says what became of the file
      LOG.warn("a document of job {} was not stored: {}", job.id().value(), e.getMessage());
      return LoadReport.refusedFor(name, "was not stored: the store failed; load it again");
    }
  }

  /** One task per part of the document at place {@code seq}, queued in the parts' order. */
  private static List<WorkStore.NewTask> tasks(DocumentType type, int seq) {
    List<WorkStore.NewTask> tasks = new ArrayList<>();
    int i = 0;
    for (DocumentType.Part part : type.parts()) {
      tasks.add(new WorkStore.NewTask(TaskId.random(), part.id(), seq * 1000L + i++));
    }
    return tasks;
  }

  private Sealed seal(TenantId tenant, DocumentType type, byte[] bytes) throws Intake.Refused {
    try (Intake.Pages pages = intake.open(bytes)) {
      if (pages.count() != type.pages()) {
        throw new Intake.Refused(
            "has "
                + pages.count()
                + (pages.count() == 1 ? " page" : " pages")
                + "; a "
                + type.id()
                + " has "
                + type.pages());
      }
      long id = newDocumentId();
      DocumentKey key = keys.newDocumentKey(tenant.value(), id);
      List<WorkStore.SealedPage> sealed = new ArrayList<>();
      Map<String, byte[]> regions = new LinkedHashMap<>();
      for (int n = 1; n <= pages.count(); n++) {
        BufferedImage page = pages.page(n - 1);
        sealed.add(
            new WorkStore.SealedPage(
                n,
                page.getWidth(),
                page.getHeight(),
                key.seal(page(n), Regions.write(page, PAGE_PNG_BYTES))));
        for (DocumentType.FieldSpec field : type.fields()) {
          if (field.page() == n) {
            regions.put(
                field.id(),
                key.seal(
                    Regions.part(field.id()),
                    Regions.write(Intake.cut(page, field.region()), REGION_PNG_BYTES)));
          }
        }
      }
      return new Sealed(id, key, pages.count(), sealed, regions);
    }
  }

  /** The first buffer of a page's PNG, and of a region's (they grow as needed). */
  private static final int PAGE_PNG_BYTES = 256 * 1024;

  private static final int REGION_PNG_BYTES = 16 * 1024;

  /** The sealing part name of page {@code n}: {@code page/<n>}. */
  public static String page(int n) {
    return "page/" + n;
  }

  private long newDocumentId() {
    long id;
    do {
      id = random.nextLong() & Long.MAX_VALUE;
    } while (id == 0);
    return id;
  }

  private static final String REF_LETTERS = "abcdefghjkmnpqrstuvwxyz";

  /**
   * A document's id as people and the API see it: {@code d-} and 14 letters, never a digit, so it
   * is never taken (and masked) as a My Number the way its nineteen decimal digits would be.
   */
  public static String documentRef(long id) {
    StringBuilder b = new StringBuilder(16);
    long v = id;
    for (int i = 0; i < 14; i++) {
      b.append(REF_LETTERS.charAt((int) Long.remainderUnsigned(v, REF_LETTERS.length())));
      v = Long.divideUnsigned(v, REF_LETTERS.length());
    }
    return "d-" + b.reverse();
  }

  /** The document id of a {@link #documentRef}, if {@code ref} is one. */
  public static Optional<Long> documentId(String ref) {
    if (!ref.matches("d-[" + REF_LETTERS + "]{14}")) {
      return Optional.empty();
    }
    long v = 0;
    for (int i = 2; i < ref.length(); i++) {
      v = v * REF_LETTERS.length() + REF_LETTERS.indexOf(ref.charAt(i));
    }
    return v < 0 ? Optional.empty() : Optional.of(v);
  }

  /**
   * A file's name as stored and reported: its last path element, control characters as '?',
   * anything like a number masked, at most 200 characters; "document" when nothing is left.
   */
  static String source(String name) {
    String n = name.replace('\\', '/');
    String s = Why.textFrom(n.substring(n.lastIndexOf('/') + 1), MAX_SOURCE);
    return s.isBlank() ? "document" : s;
  }

  /** The longest file name stored (work_document.source). */
  static final int MAX_SOURCE = 200;
}
