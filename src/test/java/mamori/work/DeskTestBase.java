package mamori.work;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.DocumentKey;
import mamori.crypto.RootKey;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Purpose;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with a town ({@code desk-city}), a job of a small test form, and three
 * contractors: {@code entry-co} (operators op-1, op-2 and verifier ver-1, every field of the form
 * in scope), {@code nonum-co} (no My Number in scope) and {@code other-co} (another job).
 * Subclasses are {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class DeskTestBase {
  static final String TENANT = "desk-city";
  static final TenantId T = new TenantId(TENANT);
  static final String PURPOSE = "withholding-slip-entry";
  static final JobId JOB = new JobId("job-desk-test");
  static final JobId OTHER_JOB = new JobId("job-other");
  static final Caller CITY_ADMIN = new Caller("admin-1", TENANT, Role.ORG_ADMIN);
  static final Caller OFFICER = new Caller("officer-1", TENANT, Role.SECURITY_OFFICER);

  /** The test form: the payee's number, the payee, an amount. */
  static final DocumentType TYPE =
      new DocumentType(
          "test-slip",
          1,
          "試験票",
          "Test slip",
          1,
          List.of(
              new DocumentType.Part(
                  "payee-number",
                  "個人番号",
                  "Number",
                  List.of(
                      field(
                          "payee_my_number",
                          Check.INDIVIDUAL_NUMBER,
                          Field.Sensitivity.NUMBER,
                          Field.MY_NUMBER,
                          12))),
              new DocumentType.Part(
                  "payee",
                  "受給者",
                  "Payee",
                  List.of(
                      field(
                          "payee_family_name",
                          Check.TEXT,
                          Field.Sensitivity.IDENTITY,
                          Field.FAMILY_NAME,
                          50),
                      field(
                          "payee_given_name",
                          Check.TEXT,
                          Field.Sensitivity.IDENTITY,
                          Field.GIVEN_NAME,
                          50),
                      field(
                          "payee_family_name_kana",
                          Check.KANA,
                          Field.Sensitivity.IDENTITY,
                          Field.FAMILY_NAME_KANA,
                          50),
                      field(
                          "payee_birth_date",
                          Check.DATE,
                          Field.Sensitivity.IDENTITY,
                          Field.BIRTH_DATE,
                          10))),
              new DocumentType.Part(
                  "amounts",
                  "金額",
                  "Amounts",
                  List.of(
                      field(
                          "payment_amount",
                          Check.AMOUNT,
                          Field.Sensitivity.FINANCIAL,
                          null,
                          12)))));

  static DocumentType.FieldSpec field(
      String id,
      Check check,
      Field.Sensitivity s,
      @org.jspecify.annotations.Nullable Field pf,
      int max) {
    return new DocumentType.FieldSpec(
        id,
        id,
        id,
        1,
        new DocumentType.Region(0.1, 0.1, 0.3, 0.1),
        check,
        s,
        Optional.ofNullable(pf),
        true,
        max);
  }

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  final TestClock clock = new TestClock(Instant.parse("2026-06-01T01:00:00Z"));
  StoreLocation location;
  Store store;
  TenantKeys keys;
  TransparencyLogs logs;
  Vault vault;
  Entrustments entrustments;
  AccessGate gate;
  WorkStore work;
  Desk desk;
  Entrustment entry;
  Entrustment nonum;
  Entrustment other;
  final List<Object> events = new ArrayList<>();
  long docIds = 1000;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    RootKey root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    keys = new TenantKeys(store.dataSource(), root, clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    work = new WorkStore(store.dataSource());
    vault = new Vault(store.dataSource(), keys, logs, clock, List.of(work.erasedWithPerson()));
    entrustments =
        new Entrustments(store.dataSource(), logs, events::add, (org, user) -> true, clock);
    entrustments.registerOrganisation(Organisation.controller(TENANT, "デスク市"));
    entrustments.registerOrganisation(Organisation.controller("else-city", "よその町"));
    for (String org : List.of("entry-co", "nonum-co", "other-co")) {
      entrustments.registerOrganisation(
          new Organisation(org, org, Organisation.Kind.CONTRACTOR, TENANT));
    }
    entrustments.registerPurpose(
        new Purpose(
            TENANT,
            PURPOSE,
            "源泉徴収票の入力",
            "所得税法第226条",
            new Purpose.Retention(7, Purpose.Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE)));
    entrustments.seedPurposes("else-city");
    gate = new AccessGate(store.dataSource(), vault, entrustments, logs, events::add, clock);
    desk = newDesk();
    Set<Field> all =
        EnumSet.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.GIVEN_NAME_KANA,
            Field.BIRTH_DATE,
            Field.ADDRESS);
    entry = entrust("entry-co", JOB, all, List.of("op-1", "op-2", "ver-1"));
    Set<Field> noNumber = EnumSet.copyOf(all);
    noNumber.remove(Field.MY_NUMBER);
    nonum = entrust("nonum-co", JOB, noNumber, List.of("nn-1"));
    other = entrust("other-co", OTHER_JOB, all, List.of("oth-1"));
    job(JOB);
    job(OTHER_JOB);
  }

  /** A desk on the same store: another instance, or this one after a restart. */
  Desk newDesk() {
    return new Desk(
        work,
        new Regions(work, keys),
        gate,
        keys,
        new TenantSettings(store.dataSource()),
        (tenant, id, version) ->
            id.equals(TYPE.id()) && version == 1 ? Optional.of(TYPE) : Optional.empty(),
        clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  Entrustment entrust(String org, JobId job, Set<Field> fields, List<String> staff) {
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    fields.forEach(f -> shown.put(f, Mask.NONE));
    Entrustment e =
        entrustments.create(
            null,
            org,
            new Contract(true, true, staff, true, true, true, "monthly", null),
            new Scope(
                Set.of(PURPOSE),
                shown,
                new PersonSet.Job(job.value()),
                LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-12-31"),
                100_000,
                EnumSet.of(Action.ENTER, Action.VERIFY)),
            CITY_ADMIN);
    return e.status() == Entrustment.Status.ACTIVE ? e : entrustments.approve(e.id(), OFFICER);
  }

  void job(JobId id) {
    work.insertJob(
        new Job(
            T,
            id,
            "slips",
            PURPOSE,
            TYPE.id(),
            1,
            clock.instant().plus(Duration.ofDays(30)),
            Job.State.OPEN,
            new UserId("admin-1"),
            clock.instant()));
  }

  /**
   * A document of {@code job} with one sealed page, a region per field and a task per part; its id.
   */
  long document(JobId job) {
    long id = ++docIds;
    DocumentKey key = keys.newDocumentKey(TENANT, id);
    Map<String, byte[]> regions = new LinkedHashMap<>();
    for (DocumentType.FieldSpec f : TYPE.fields()) {
      regions.put(f.id(), key.seal(Regions.part(f.id()), png()));
    }
    List<WorkStore.NewTask> tasks = new ArrayList<>();
    int i = 0;
    for (DocumentType.Part p : TYPE.parts()) {
      tasks.add(new WorkStore.NewTask(TaskId.random(), p.id(), id * 10 + i++));
    }
    int seq = work.lastSeq(T, job) + 1;
    work.insertDocument(
        new WorkDocument(
            T,
            id,
            job,
            seq,
            "slip-" + seq + ".png",
            1,
            key.wrapped(),
            WorkDocument.State.OPEN,
            Optional.empty(),
            Optional.empty(),
            clock.instant(),
            Optional.empty()),
        List.of(new WorkStore.SealedPage(1, 40, 16, key.seal(Jobs.page(1), png()))),
        regions,
        tasks);
    return id;
  }

  static byte[] png() {
    BufferedImage img = new BufferedImage(40, 16, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Principal op(String user, String org) {
    return new Principal(
        new UserId(user), T, new OrganisationId(org), Role.OPERATOR, "test:" + user);
  }

  static final Principal OP1 = op("op-1", "entry-co");
  static final Principal OP2 = op("op-2", "entry-co");
  static final Principal VER = op("ver-1", "entry-co");
  static final Principal NONUM = op("nn-1", "nonum-co");
  static final Principal OTHER = op("oth-1", "other-co");

  /** The values of a document's parts, by part id. */
  static Map<String, Map<String, String>> slip(String number, String family) {
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    m.put("payee-number", Map.of("payee_my_number", number));
    m.put(
        "payee",
        Map.of(
            "payee_family_name", family,
            "payee_given_name", "花子",
            "payee_family_name_kana", "やまだ",
            "payee_birth_date", "1980/4/1"));
    m.put("amounts", Map.of("payment_amount", "4,250,000円"));
    return m;
  }

  /** Keys every task the operator is given on the job with the values of its part; the results. */
  List<Desk.Entered> keyAll(Principal p, Map<String, Map<String, String>> values) {
    List<Desk.Entered> out = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Optional<Desk.Given> g = desk.next(p, JOB);
      if (g.isEmpty() || g.get().mode() != Desk.Mode.ENTER) {
        if (g.isPresent()) {
          throw new AssertionError("a verification was given while keying");
        }
        return out;
      }
      out.add(desk.enter(p, g.get().task(), values.get(g.get().part())));
    }
    throw new AssertionError("the queue did not run dry");
  }

  /**
   * Keys the job with two operators in turn (the number first, then the parts it opens) until
   * neither is given a task; both operators' results.
   */
  List<Desk.Entered> keyBoth(
      Principal a,
      Map<String, Map<String, String>> first,
      Principal b,
      Map<String, Map<String, String>> second) {
    List<Desk.Entered> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      List<Desk.Entered> one = keyAll(a, first);
      List<Desk.Entered> more = keyAll(b, second);
      out.addAll(one);
      out.addAll(more);
      if (one.isEmpty() && more.isEmpty()) {
        return out;
      }
    }
    throw new AssertionError("the queue did not run dry");
  }

  long logSize() {
    return logs.forTenant(TENANT).size();
  }

  List<AccessRecord> records() {
    List<AccessRecord> out = new ArrayList<>();
    long n = logSize();
    for (long i = 0; i < n; i++) {
      out.add(AccessRecordCodec.decode(logs.forTenant(TENANT).entry(i).orElseThrow()));
    }
    return out;
  }

  long count(String sql, Object... params) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
        .sql(sql)
        .params(params)
        .query(Long.class)
        .single();
  }

  String documentState(long id) {
    return work.document(T, id).orElseThrow().state().code();
  }
}
