package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Jobs on both stores: who creates them, what a batch of scans gives (each file loaded whole or
 * refused with its reason while the rest loads), and that nothing of an image is stored in clear.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class JobsTest {
  static final String CITY = "job-city";
  static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  static final Instant DEADLINE = Instant.parse("2027-01-31T08:00:00Z");

  /** Small enough that the test stays fast, large enough to refuse an over-size page. */
  static final Intake.Limits LIMITS = new Intake.Limits(3, 60 * 1024, 4_000_000, 8 * 1024 * 1024);

  static Principal principal(String tenant, String org, Role role) {
    return new Principal(
        new UserId("u-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')),
        new TenantId(tenant),
        new OrganisationId(org),
        role,
        "test");
  }

  static final Principal OFFICER = principal(CITY, CITY, Role.SECURITY_OFFICER);
  static final Principal ADMIN = principal(CITY, CITY, Role.ORG_ADMIN);
  static final Principal STAFF = principal(CITY, CITY, Role.STAFF);
  static final Principal CONTRACTOR = principal(CITY, "entry-co", Role.ORG_ADMIN);
  static final Principal OTHER_OFFICER =
      principal("other-city", "other-city", Role.SECURITY_OFFICER);

  @Parameter TestStores.Kind kind;
  @TempDir Path keyDir;
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  TenantKeys keys;
  WorkStore work;
  DocumentTypes types;
  Jobs jobs;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TestClock clock = new TestClock(NOW);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keyDir), "test.example/log", clock);
    keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(
                new RootKeyConfig.KeyFile(keyDir.resolve("root.key")), store.dataSource()),
            clock);
    work = new WorkStore(store.dataSource());
    types = new DocumentTypes(work, logs, clock);
    jobs =
        new Jobs(
            work, types, keys, (t, p) -> p.equals("withholding-slip-entry"), logs, clock, LIMITS);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  List<String> acts(String tenant) {
    var log = logs.forTenant(tenant);
    return log.records(0, log.size()).stream().map(AccessRecord::toString).toList();
  }

  List<AccessRecord> records(String tenant) {
    var log = logs.forTenant(tenant);
    return log.records(0, log.size());
  }

  Job slipJob(String id) {
    return jobs.create(
        OFFICER,
        new NewJob(
            "2026年度 源泉徴収票",
            "withholding-slip-entry",
            "withholding-slip",
            DEADLINE,
            Optional.of(new JobId(id))));
  }

  // ---- jobs

  @Test
  void theOfficerOrAdmin_createsAJob_loggedFirst() {
    Job j = slipJob("job-slips");
    assertThat(j.typeId()).isEqualTo("withholding-slip");
    assertThat(j.typeVersion()).isEqualTo(1);
    assertThat(j.state()).isEqualTo(Job.State.OPEN);
    Job k =
        jobs.create(
            ADMIN,
            new NewJob(
                "扶養",
                "withholding-slip-entry",
                "dependants-declaration",
                DEADLINE,
                Optional.empty()));
    assertThat(k.id().value()).startsWith("job-");
    assertThat(jobs.list(OFFICER)).extracting(Job::id).contains(j.id(), k.id());
    assertThat(records(CITY))
        .extracting(r -> r.action() + " " + r.caseRef() + " " + r.decision())
        .containsExactly("job.create job-slips allow", "job.create " + k.id() + " allow");
  }

  @Test
  void aContractor_staff_aForeignPurpose_areRefused_andLogged() {
    NewJob n =
        new NewJob(
            "x",
            "withholding-slip-entry",
            "withholding-slip",
            DEADLINE,
            Optional.of(new JobId("job-x")));
    assertThatThrownBy(() -> jobs.create(CONTRACTOR, n))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("organisation.not-controller"));
    assertThatThrownBy(() -> jobs.create(STAFF, n))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("role.not-allowed"));
    assertThatThrownBy(() ->
            jobs.create(
                OFFICER,
                new NewJob(
                    "x",
                    "resident-tax",
                    "withholding-slip",
                    DEADLINE,
                    Optional.of(new JobId("job-x")))))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("purpose.unknown"));
    assertThat(records(CITY))
        .extracting(r -> r.action() + " " + r.decision())
        .containsExactly(
            "job.create deny:organisation.not-controller",
            "job.create deny:role.not-allowed",
            "job.create deny:purpose.unknown");
    assertThat(work.jobs(new TenantId(CITY))).isEmpty();
  }

  @Test
  void anUnknownType_aPastDeadline_aNumberInTheName_aTakenId_storeNothing() {
    assertThatThrownBy(() ->
            jobs.create(
                OFFICER,
                new NewJob("x", "withholding-slip-entry", "no-such", DEADLINE, Optional.empty())))
        .hasMessageContaining("no such document type");
    assertThatThrownBy(() ->
            jobs.create(
                OFFICER,
                new NewJob(
                    "x",
                    "withholding-slip-entry",
                    "withholding-slip",
                    NOW.minusSeconds(1),
                    Optional.empty())))
        .hasMessageContaining("past");
    assertThatThrownBy(() ->
            jobs.create(
                OFFICER,
                new NewJob(
                    "x 1234-5678-9018",
                    "withholding-slip-entry",
                    "withholding-slip",
                    DEADLINE,
                    Optional.empty())))
        .hasMessageContaining("My Number")
        .hasMessageNotContaining("9018");
    assertThat(work.jobs(new TenantId(CITY))).isEmpty();
    slipJob("job-slips");
    assertThatThrownBy(() -> slipJob("job-slips"))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.kind()).isEqualTo(JobException.Kind.CONFLICT));
  }

  @Test
  void whenTheLogFails_noJobAndNoDocumentIsStored() {
    slipJob("job-slips");
    logs.forTenant(CITY).close();
    assertThatThrownBy(() -> slipJob("job-two")).isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() ->
            jobs.addDocuments(
                OFFICER, new JobId("job-slips"), List.of(new Upload("a.png", png(400, 566, "A")))))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(work.jobs(new TenantId(CITY)))
        .extracting(Job::id)
        .containsExactly(new JobId("job-slips"));
    assertThat(work.lastSeq(new TenantId(CITY), new JobId("job-slips"))).isZero();
  }

  // ---- documents

  @Test
  void aBatch_loadsTheGoodFiles_andRefusesEachBadOne_withItsReason() throws Exception {
    slipJob("job-slips");
    List<Upload> batch = new ArrayList<>();
    batch.add(new Upload("slip 1234 5678 9018.pdf", pdf(1, false)));
    batch.add(new Upload("b.png", png(400, 566, "B")));
    batch.add(new Upload("c.jpg", jpeg(400, 566)));
    batch.add(new Upload("corrupted.png", corruptedPng()));
    batch.add(new Upload("truncated.pdf", java.util.Arrays.copyOf(pdf(1, false), 300)));
    batch.add(new Upload("encrypted.pdf", pdf(1, true)));
    batch.add(new Upload("four-pages.pdf", pdf(4, false)));
    batch.add(new Upload("noisy.png", noisyPng(400, 400)));
    batch.add(new Upload("bomb.png", pixelBomb()));
    batch.add(
        new Upload("letter.png", "this is a letter, not a scan".getBytes(StandardCharsets.UTF_8)));
    batch.add(new Upload("two-pages.pdf", pdf(2, false)));
    List<LoadReport> r = jobs.addDocuments(OFFICER, new JobId("job-slips"), batch);
    assertThat(r).hasSize(batch.size());
    assertThat(r.get(0).name()).isEqualTo("slip **** **** 9018.pdf");
    assertThat(r.subList(0, 3))
        .allSatisfy(l -> {
          assertThat(l.loaded()).as(l.refused()).isTrue();
          assertThat(l.pages()).isEqualTo(1);
        });
    assertThat(r.get(3).refused()).contains("corrupted or malformed PNG");
    assertThat(r.get(4).refused()).contains("truncated PDF");
    assertThat(r.get(5).refused()).contains("encrypted PDF");
    assertThat(r.get(6).refused()).contains("more than 3 pages");
    assertThat(r.get(7).refused()).contains("over 0.059 MB");
    assertThat(r.get(8).refused()).contains("50000×50000").contains("before decoding");
    assertThat(r.get(9).refused()).contains("is not a PDF, PNG, JPEG or TIFF");
    assertThat(r.get(10).refused()).contains("has 2 pages; a withholding-slip has 1");
    assertThat(r.subList(3, r.size())).allSatisfy(l -> assertThat(l.loaded()).isFalse());

    TenantId t = new TenantId(CITY);
    List<WorkDocument> docs = work.documents(t, new JobId("job-slips"), 0, 100);
    assertThat(docs).hasSize(3);
    assertThat(docs).extracting(WorkDocument::seq).containsExactly(1, 2, 3);
    assertThat(docs.getFirst().source()).isEqualTo("slip **** **** 9018.pdf");
    assertThat(docs)
        .extracting(WorkDocument::id)
        .containsExactlyElementsOf(
            r.subList(0, 3).stream().map(l -> l.document().orElseThrow()).toList());
    DocumentType slip = types.type(t, "withholding-slip").orElseThrow();
    List<Long> seqs = new ArrayList<>();
    for (WorkDocument d : docs) {
      List<Task> tasks = work.tasksOf(t, d.id());
      assertThat(tasks)
          .extracting(Task::part)
          .containsExactlyInAnyOrderElementsOf(
              slip.parts().stream().map(DocumentType.Part::id).toList());
      tasks.stream().map(Task::seq).sorted().forEach(seqs::add);
      var key = keys.documentKey(CITY, d.id(), d.dataKey());
      byte[] page = work.page(t, d.id(), 1).orElseThrow().image();
      assertThat(startsWithPng(page)).isFalse();
      assertThat(startsWithPng(key.open(Jobs.page(1), page))).isTrue();
      for (DocumentType.FieldSpec f : slip.fields()) {
        byte[] sealed = work.region(t, d.id(), f.id()).orElseThrow();
        assertThat(indexOf(sealed, PNG)).as(f.id()).isNegative();
        BufferedImage region =
            ImageIO.read(new java.io.ByteArrayInputStream(key.open(Regions.part(f.id()), sealed)));
        assertThat(region.getWidth()).isLessThan(work.page(t, d.id(), 1).orElseThrow().width());
      }
    }
    assertThat(seqs).isSorted().doesNotHaveDuplicates();
    assertThat(records(CITY).getLast().action()).isEqualTo("job.documents-add");
    assertThat(records(CITY).getLast().caseRef()).isEqualTo("job-slips: 11 documents");
    assertNoImageInClear();
  }

  @Test
  void aFileTheStoreFailsToTake_isRefusedInTheReport_andTheBatchGoesOn() {
    slipJob("job-store");
    var sql = org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource());
    List<Upload> batch =
        List.of(
            new Upload("a.png", png(400, 566, "A")),
            new Upload("b.png", png(400, 566, "B")),
            new Upload("c.png", png(400, 566, "C")));
    // the store fails while the second file is stored (its regions' table is away), then is back
    List<LoadReport> r =
        jobs.addDocuments(
            OFFICER,
            new JobId("job-store"),
            batch,
            done -> {
              if (done == 1) {
                sql.sql("ALTER TABLE work_region RENAME TO work_region_away").update();
              } else if (done == 2) {
                sql.sql("ALTER TABLE work_region_away RENAME TO work_region").update();
              }
            });
    assertThat(r).hasSize(3);
    assertThat(r.get(0).loaded()).as(r.get(0).refused()).isTrue();
    assertThat(r.get(1).loaded()).isFalse();
    assertThat(r.get(1).refused()).contains("was not stored");
    assertThat(r.get(2).loaded()).as(r.get(2).refused()).isTrue();
    List<WorkDocument> docs = work.documents(new TenantId(CITY), new JobId("job-store"), 0, 100);
    assertThat(docs)
        .extracting(WorkDocument::source)
        .as("the failed file left nothing behind")
        .containsExactly("a.png", "c.png");
    assertThat(docs).extracting(WorkDocument::seq).containsExactly(1, 2);
  }

  @Test
  void twoLoaders_intoOneJob_takeEachPlaceOnce() throws Exception {
    slipJob("job-two");
    Jobs other =
        new Jobs(
            work,
            types,
            keys,
            (t, p) -> p.equals("withholding-slip-entry"),
            logs,
            new TestClock(NOW),
            LIMITS);
    List<Upload> batch =
        List.of(
            new Upload("a.png", png(400, 566, "A")),
            new Upload("b.png", png(400, 566, "B")),
            new Upload("c.png", png(400, 566, "C")));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var one = pool.submit(() -> jobs.addDocuments(OFFICER, new JobId("job-two"), batch));
      var two = pool.submit(() -> other.addDocuments(ADMIN, new JobId("job-two"), batch));
      List<LoadReport> all = new ArrayList<>(one.get());
      all.addAll(two.get());
      assertThat(all).allSatisfy(l -> assertThat(l.loaded()).as(l.refused()).isTrue());
    } finally {
      pool.shutdown();
    }
    assertThat(work.documents(new TenantId(CITY), new JobId("job-two"), 0, 100))
        .extracting(WorkDocument::seq)
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void aPdfDecompressionBomb_isRefusedWithItsReason_whileTheRestOfTheBatchLoads() throws Exception {
    slipJob("job-bombs");
    List<Upload> batch =
        List.of(
            new Upload("a.pdf", pdf(1, false)),
            new Upload("bomb.pdf", IntakeTest.pdfBomb()),
            new Upload("nested.pdf", IntakeTest.nestedBomb()),
            new Upload("bomb.tiff", IntakeTest.tiffBomb()),
            new Upload("b.png", png(400, 566, "B")));
    Jobs real =
        new Jobs(
            work,
            types,
            keys,
            (t, p) -> p.equals("withholding-slip-entry"),
            logs,
            new TestClock(NOW),
            Intake.Limits.DEFAULT);
    long before = IntakeTest.allocated();
    List<LoadReport> r = real.addDocuments(OFFICER, new JobId("job-bombs"), batch);
    assertThat(IntakeTest.allocated() - before).as("bytes allocated").isLessThan(256L << 20);
    assertThat(r.get(0).loaded()).isTrue();
    assertThat(r.get(1).refused())
        .contains("declares 20000×20000 pixels")
        .contains("before decoding");
    assertThat(r.get(2).refused()).contains("declares 20000×20000 pixels");
    assertThat(r.get(3).refused()).contains("50000×50000");
    assertThat(r.get(4).loaded()).isTrue();
    assertThat(work.documents(new TenantId(CITY), new JobId("job-bombs"), 0, 100)).hasSize(2);
  }

  @Test
  void aMultiPageTiff_loadsAsPages_ofATypeOfTwoPages() throws Exception {
    types.load(OFFICER, TypeFileTest.GOOD);
    jobs.create(
        OFFICER,
        new NewJob(
            "report",
            "withholding-slip-entry",
            "salary-report",
            DEADLINE,
            Optional.of(new JobId("job-report"))));
    List<LoadReport> r =
        jobs.addDocuments(
            OFFICER,
            new JobId("job-report"),
            List.of(new Upload("two.tiff", tiff(2)), new Upload("one.tif", tiff(1))));
    assertThat(r.get(0).loaded()).as(r.get(0).refused()).isTrue();
    assertThat(r.get(0).pages()).isEqualTo(2);
    assertThat(r.get(1).refused()).contains("has 1 page; a salary-report has 2");
    long id = r.get(0).document().orElseThrow();
    assertThat(work.region(new TenantId(CITY), id, "my_number")).isPresent();
    assertThat(work.page(new TenantId(CITY), id, 2)).isPresent();
  }

  @Test
  void anotherTenantsJob_isUnknown_aClosedJob_refuses_bothLogged() {
    slipJob("job-slips");
    assertThatThrownBy(() ->
            jobs.addDocuments(
                OTHER_OFFICER,
                new JobId("job-slips"),
                List.of(new Upload("a.png", png(40, 56, "A")))))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("job.unknown"));
    assertThatThrownBy(() -> jobs.job(OTHER_OFFICER, new JobId("job-slips")))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("job.unknown"));
    assertThat(records("other-city"))
        .extracting(r -> r.decision())
        .containsExactly("deny:job.unknown");
    work.setState(new TenantId(CITY), new JobId("job-slips"), Job.State.CLOSED);
    assertThatThrownBy(() ->
            jobs.addDocuments(
                OFFICER, new JobId("job-slips"), List.of(new Upload("a.png", png(40, 56, "A")))))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("job.closed"));
    assertThatThrownBy(() ->
            jobs.addDocuments(
                CONTRACTOR, new JobId("job-slips"), List.of(new Upload("a.png", png(40, 56, "A")))))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("organisation.not-controller"));
    assertThat(records(CITY))
        .extracting(r -> r.decision())
        .endsWith("deny:job.closed", "deny:organisation.not-controller");
    assertThat(work.lastSeq(new TenantId(CITY), new JobId("job-slips"))).isZero();
  }

  // ---- types

  @Test
  void aCityType_loadsAsNewVersions_aBuiltInIdCannot_andAContractorMayNot() {
    DocumentTypes.Loaded one = types.load(OFFICER, TypeFileTest.GOOD);
    DocumentTypes.Loaded two = types.load(ADMIN, TypeFileTest.GOOD.replace("pages: 2", "pages: 3"));
    assertThat(one.type().version()).isEqualTo(1);
    assertThat(two.type().version()).isEqualTo(2);
    assertThat(one.sha256()).hasSize(64).isNotEqualTo(two.sha256());
    TenantId t = new TenantId(CITY);
    assertThat(types.type(t, "salary-report").orElseThrow().pages()).isEqualTo(3);
    assertThat(types.type(t, "salary-report", 1).orElseThrow().pages()).isEqualTo(2);
    assertThat(types.type(new TenantId("other-city"), "salary-report")).isEmpty();
    assertThat(types.all(t))
        .extracting(DocumentType::id)
        .containsExactly("withholding-slip", "dependants-declaration", "salary-report");
    assertThatThrownBy(() ->
            types.load(
                OFFICER, TypeFileTest.GOOD.replace("id: salary-report", "id: withholding-slip")))
        .hasMessageContaining("built-in");
    assertThatThrownBy(
            () -> types.load(OFFICER, TypeFileTest.GOOD.replace("check: text", "check: x")))
        .isInstanceOfSatisfying(
            JobException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(JobException.Kind.INVALID);
              assertThat(e.getMessage()).contains("line 19");
            });
    assertThatThrownBy(() -> types.load(CONTRACTOR, TypeFileTest.GOOD))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("organisation.not-controller"));
    assertThat(records(CITY))
        .extracting(r -> r.action() + " " + r.decision())
        .containsExactly(
            "work.type-load allow",
            "work.type-load allow",
            "work.type-load deny:organisation.not-controller");
    assertThat(types.type(t, "salary-report").orElseThrow().version()).isEqualTo(2);
  }

  // ---- no image in clear

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  static boolean startsWithPng(byte[] b) {
    return b.length > 4 && indexOf(b, PNG) == 0;
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  void assertNoImageInClear() throws IOException {
    var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource());
    for (String sql : List.of("SELECT image FROM work_page", "SELECT image FROM work_region")) {
      List<byte[]> rows = jdbc.sql(sql).query((rs, n) -> rs.getBytes(1)).list();
      assertThat(rows).isNotEmpty();
      assertThat(rows).allSatisfy(b -> assertThat(indexOf(b, PNG)).isNegative());
    }
    if (location instanceof StoreLocation.Embedded e) {
      store.close();
      try (Stream<Path> files = Files.walk(e.folder())) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          byte[] b = Files.readAllBytes(f);
          assertThat(indexOf(b, PNG)).as(f.toString()).isNegative();
          assertThat(indexOf(b, "IHDR".getBytes(StandardCharsets.US_ASCII))).isNegative();
        }
      }
      store = Store.open(location);
    }
  }

  // ---- test files

  static BufferedImage drawn(int w, int h, String text) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
    g.drawString(text, 10, 30);
    g.drawRect(5, 5, w - 10, h - 10);
    g.dispose();
    return img;
  }

  static byte[] png(int w, int h, String text) {
    return Regions.write(drawn(w, h, text), 1024);
  }

  static byte[] jpeg(int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(drawn(w, h, "JPEG"), "jpeg", out);
    return out.toByteArray();
  }

  static byte[] noisyPng(int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Random r = new Random(7);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt());
      }
    }
    return Regions.write(img, 1024);
  }

  static byte[] corruptedPng() {
    byte[] b = png(200, 200, "C");
    for (int i = 40; i < b.length; i++) {
      b[i] = (byte) (b[i] ^ 0x5A);
    }
    return b;
  }

  /** A PNG whose header declares 50000×50000 pixels, with nothing behind it. */
  static byte[] pixelBomb() {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(50_000)
        .putInt(50_000)
        .put((byte) 8)
        .put((byte) 2)
        .put((byte) 0)
        .put((byte) 0)
        .put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer b = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
    b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    b.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
    return b.array();
  }

  static byte[] pdf(int pages, boolean encrypted) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(new PDRectangle(190, 269));
        doc.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          c.addRect(10, 10, 100, 20);
          c.fill();
        }
      }
      if (encrypted) {
        doc.protect(
            new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] tiff(int pages) throws IOException {
    ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      w.setOutput(ios);
      w.prepareWriteSequence(null);
      for (int i = 0; i < pages; i++) {
        w.writeToSequence(new IIOImage(drawn(100, 141, "page " + (i + 1)), null, null), null);
      }
      w.endWriteSequence();
    } finally {
      w.dispose();
    }
    return out.toByteArray();
  }
}
