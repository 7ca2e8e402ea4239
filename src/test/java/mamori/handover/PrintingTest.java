package mamori.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.number.Masking;
import mamori.portal.ResidentLetters;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import mamori.vault.Vault;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Printing through a real gate on both stores: every page's QR code, read back from the rendered
 * PDF, resolves to its document and page; its text holds the short code, no number; a list is
 * INTERNAL on every page; one {@code print} record per person; a refusal prints and registers
 * nothing.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PrintingTest {
  static final String CITY = "print-city";
  static final TenantId T = new TenantId(CITY);
  static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
  static final Why WHY = new Why("resident-tax", "card-2026-12");
  static final Principal STAFF =
      new Principal(new UserId("clerk"), T, new OrganisationId(CITY), Role.STAFF, "test:clerk");
  static final Pattern TWELVE = Pattern.compile("\\d{12}");

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  @TempDir Path out;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Entrustments entrustments;
  Vault vault;
  AccessGate gate;
  Documents documents;
  Printing printing;
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final Printing.Press press = Printing.Press.on("本庁舎2階プリンター");

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TenantKeys tenantKeys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(keys.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    vault = new Vault(store.dataSource(), tenantKeys, logs, clock, List.of());
    entrustments = new Entrustments(store.dataSource(), logs, e -> {}, (o, u) -> true, clock);
    entrustments.registerOrganisation(Organisation.controller(CITY, "デモ市"));
    entrustments.seedPurposes(CITY);
    gate = new AccessGate(store.dataSource(), vault, entrustments, logs, e -> {}, clock);
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    documents = new Documents(store.dataSource(), new PageSeals(tenantKeys), alerts, clock);
    printing =
        new Printing(
            gate,
            documents,
            new ResidentLetters(store.dataSource(), tenantKeys, alerts, clock),
            t -> "デモ市",
            clock);
  }

  @AfterEach
  void close() {
    entrustments.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  /** Registers {@code n} persons; their numbers, and the tenant's tokens of them in id order. */
  List<String> register(int n) {
    Random rng = new Random(n);
    List<PersonData> persons = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      StringBuilder base = new StringBuilder();
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      persons.add(
          new PersonData(
              IndividualNumber.withCheckDigit(base),
              k % 2 == 0 ? "佐藤" : "鈴木",
              "花子" + (char) ('あ' + k),
              "サトウ",
              "ハナコ",
              LocalDate.of(1950 + k, 1 + k % 12, 1 + k % 28),
              k % 2 == 0 ? "2" : "1",
              "660-" + (1000 + k),
              "尼崎市東七松町1丁目" + (k + 1) + "番",
              "H" + k,
              "0009-123-" + (1_000_000 + k)));
    }
    vault.register(
        CITY, new Actor(new UserId("importer"), new OrganisationId(CITY), List.of(), WHY), persons);
    return persons.stream().map(p -> p.myNumber().digits(InsecureNumberAccess.get())).toList();
  }

  List<AgencyToken> tokens(int n) {
    return gate.persons(STAFF, WHY, n);
  }

  long logSize() {
    return logs.forTenant(CITY).size();
  }

  List<AccessRecord> records(long from) {
    var log = logs.forTenant(CITY);
    return log.records(from, log.size());
  }

  static String scan(PDDocument doc, int page) throws Exception {
    return PageScans.qr(doc, page);
  }

  static String text(PDDocument doc, int page) throws Exception {
    return PageScans.text(doc, page);
  }

  /** Checks every page of {@code pdf} against {@code printed}; gives the pages' text. */
  List<String> checkPages(byte[] pdf, Documents.Printed printed, List<String> numbers)
      throws Exception {
    List<String> texts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(printed.pages().size());
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        String qr = scan(doc, i);
        assertThat(qr).isEqualTo(printed.pages().get(i).qrText());
        assertThat(documents.resolve(Optional.of(T), qr))
            .isEqualTo(new Documents.Found(printed.document(), i + 1));
        String text = text(doc, i);
        assertThat(text.replaceAll("\\s", ""))
            .contains(printed.pages().get(i).shortCode())
            .contains("ページ" + (i + 1) + "/" + printed.pages().size());
        assertThat(documents.resolve(Optional.of(T), printed.pages().get(i).shortCode()))
            .isEqualTo(new Documents.Found(printed.document(), i + 1));
        assertThat(TWELVE.matcher(text).find()).as("no twelve digits in a row").isFalse();
        assertThat(Masking.holdsIndividualNumber(text)).isFalse();
        for (String number : numbers) {
          assertThat(text.replaceAll("\\D", "")).doesNotContain(number);
        }
        texts.add(text);
      }
    }
    return texts;
  }

  @Test
  void aPickupNotice_isOneResidentsCodedPage_andItsPrintIsLogged() throws Exception {
    List<String> numbers = register(3);
    AgencyToken anna = tokens(3).get(1);
    long before = logSize();

    Printing.Printout p = printing.pickup(STAFF, anna, WHY, Optional.empty(), press);

    assertThat(p.documents()).hasSize(1);
    Documents.Printed printed = p.documents().getFirst();
    Documents.Document d = printed.document();
    assertThat(d.kind()).isEqualTo(Documents.Kind.PICKUP);
    assertThat(d.person()).contains(anna.person());
    assertThat(d.printer()).isEqualTo("本庁舎2階プリンター");
    assertThat(d.title()).isEqualTo("個人番号カード交付通知書");
    assertThat(d.expiresAt()).contains(Instant.parse("2027-03-07T15:00:00Z"));
    List<String> texts = checkPages(p.pdf(), printed, numbers);
    assertThat(texts.getFirst().replaceAll("\\s", ""))
        .contains("個人番号カード交付通知書", "様", "デモ市個人番号カード交付窓口", "令和9年3月7日")
        .doesNotContain(PagePdf.INTERNAL_MARK);
    // the QR code names the resident by a handle that means nothing outside: no token, no name
    String qr = printed.pages().getFirst().qrText();
    assertThat(qr).containsPattern("/R-[0-9A-Z]{8}/").doesNotContain(anna.value(), "花子", "佐藤");
    List<AccessRecord> logged = records(before);
    assertThat(logged).hasSize(1);
    assertThat(logged.getFirst().action()).isEqualTo(Action.PRINT.code());
    assertThat(logged.getFirst().personToken()).isEqualTo(anna.value());
    assertThat(logged.getFirst().fields())
        .containsExactlyInAnyOrder("family_name", "given_name", "postal_code", "address");
  }

  @Test
  void aListOfThirty_isTwoInternalPages_eachCoded_andEachPersonsPrintIsLogged() throws Exception {
    List<String> numbers = register(30);
    List<AgencyToken> persons = tokens(30);
    long before = logSize();

    Printing.Printout p =
        printing.list(
            STAFF,
            persons,
            WHY,
            "カード発行一覧表",
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.ADDRESS, Field.POSTAL_CODE),
            press);

    Documents.Printed printed = p.documents().getFirst();
    assertThat(p.documents()).hasSize(1);
    assertThat(printed.document().kind()).isEqualTo(Documents.Kind.LIST);
    assertThat(printed.document().internal()).isTrue();
    assertThat(printed.document().pages()).isEqualTo(2);
    assertThat(p.pages()).isEqualTo(2);
    List<String> texts = checkPages(p.pdf(), printed, numbers);
    for (String text : texts) {
      assertThat(text.split(PagePdf.INTERNAL_MARK, -1)).as("at the top and the foot").hasSize(3);
      assertThat(text).contains("カード発行一覧表", "住所");
    }
    // 25 rows on the first page, 5 on the second, everyone once
    assertThat(texts.get(0).split("尼崎市東七松町", -1)).hasSize(26);
    assertThat(texts.get(1).split("尼崎市東七松町", -1)).hasSize(6);
    for (int k = 1; k <= 30; k++) {
      assertThat(String.join("", texts)).contains("尼崎市東七松町1丁目" + k + "番 ");
    }
    assertThat(printed.pages().getFirst().qrText()).contains("/INTERNAL/");
    assertThat(documents.personsOn(printed.document()))
        .containsExactlyInAnyOrderElementsOf(persons.stream().map(AgencyToken::person).toList());
    List<AccessRecord> logged = records(before);
    assertThat(logged).hasSize(30);
    assertThat(logged).allMatch(r -> r.action().equals(Action.PRINT.code()) && r.allowed());
    assertThat(logged.stream().map(AccessRecord::personToken).toList())
        .containsExactlyElementsOf(persons.stream().map(AgencyToken::value).toList());
  }

  @Test
  void aListWithAnErasedPerson_printsNothing_andRegistersNothing() throws Exception {
    register(3);
    List<AgencyToken> persons = tokens(3);
    gate.erase(STAFF, persons.get(2), WHY);

    assertThatThrownBy(
            () -> printing.list(STAFF, persons, WHY, "カード発行一覧表", List.of(Field.FAMILY_NAME), press))
        .isInstanceOfSatisfying(
            Printing.PersonRefused.class, e -> assertThat(e.person()).isEqualTo(persons.get(2)));
    assertThatThrownBy(() -> printing.pickup(STAFF, persons.get(2), WHY, Optional.empty(), press))
        .isInstanceOf(Printing.PersonRefused.class);
    assertThat(documentRows()).isZero();
  }

  @Test
  void badInput_isRefusedBeforeAnyoneIsRevealed() throws Exception {
    register(2);
    AgencyToken anna = tokens(1).getFirst();
    long before = logSize();
    List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> bad =
        List.of(
            () -> printing.notice(STAFF, anna, WHY, "お知らせ", "番号 1234 5678 9018 です", press),
            () -> printing.notice(STAFF, anna, WHY, "お知らせ 123456789018", "本文", press),
            () -> printing.notice(STAFF, anna, WHY, "お知らせ", " ", press),
            () -> printing.notice(STAFF, anna, WHY, "お知らせ", "本文\u202e", press),
            () -> printing.list(STAFF, List.of(anna), WHY, "一覧", List.of(Field.MY_NUMBER), press),
            () ->
                printing.list(STAFF, List.of(anna), WHY, "一覧", List.of(Field.BANK_ACCOUNT), press),
            () -> printing.list(STAFF, List.of(anna), WHY, "一覧", List.of(), press),
            () -> printing.list(STAFF, List.of(), WHY, "一覧", List.of(Field.ADDRESS), press),
            () -> printing.pickup(STAFF, anna, WHY, Optional.of("窓口 0120-1234-5678-9"), press));
    for (var act : bad) {
      assertThatThrownBy(act)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("1234");
    }
    assertThatThrownBy(() -> Printing.Press.on("printer 1234-5678-9018"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(logSize()).as("no one revealed").isEqualTo(before);
    assertThat(documentRows()).isZero();
  }

  @Test
  void aNotice_printsTheStaffsTextAsText_forItsResident() throws Exception {
    List<String> numbers = register(2);
    AgencyToken ben = tokens(2).get(1);

    Printing.Printout p =
        printing.notice(
            STAFF, ben, WHY, "窓口変更のお知らせ", "<b>窓口が変わります</b>\n新しい窓口は2階です。<script>x</script>", press);

    Documents.Printed printed = p.documents().getFirst();
    assertThat(printed.document().kind()).isEqualTo(Documents.Kind.NOTICE);
    assertThat(printed.document().person()).contains(ben.person());
    assertThat(printed.document().expiresAt()).isEmpty();
    String text = checkPages(p.pdf(), printed, numbers).getFirst();
    assertThat(text).contains("<b>窓口が変わります</b>", "<script>x</script>", "窓口変更のお知らせ");
  }

  @Test
  void activationLetters_areEachTheirResidentsCodedLetter_inOnePrintJob() throws Exception {
    List<String> numbers = register(2);
    List<AgencyToken> persons = tokens(2);

    Printing.Printout p =
        printing.letters(
            STAFF,
            persons,
            new Why(ResidentLetters.PURPOSE, "letters-2026-12-07"),
            "https://city.example/portal/activate?tenant=" + CITY,
            press,
            Printing.Progress.NONE);

    assertThat(p.documents()).hasSize(2);
    // each one-page letter is padded with a coded blank page of its own: duplex never mixes them
    assertThat(p.pages()).isEqualTo(4);
    for (int k = 0; k < 2; k++) {
      Documents.Document d = p.documents().get(k).document();
      assertThat(d.kind()).isEqualTo(Documents.Kind.LETTER);
      assertThat(d.person()).contains(persons.get(k).person());
      assertThat(d.expiresAt()).contains(NOW.plus(java.time.Duration.ofDays(90)));
      assertThat(d.pages()).isEqualTo(2);
    }
    try (PDDocument doc = Loader.loadPDF(p.pdf())) {
      assertThat(doc.getDocumentCatalog().getViewerPreferences().getDuplex()).isEqualTo("Simplex");
      for (int i = 0; i < 4; i++) {
        Documents.Printed printed = p.documents().get(i / 2);
        // pages 2k-1 and 2k, front and back of one sheet, are one document's
        assertThat(documents.resolve(Optional.of(T), scan(doc, i)))
            .isEqualTo(new Documents.Found(printed.document(), i % 2 + 1));
        String text = text(doc, i);
        if (i % 2 == 0) {
          assertThat(text).contains("利用開始コード", "通知番号");
        } else {
          assertThat(text).contains(PagePdf.BLANK).doesNotContain("利用開始コード");
        }
        assertThat(text.replaceAll("\\s", "")).contains(printed.pages().get(i % 2).shortCode());
        assertThat(TWELVE.matcher(text).find()).isFalse();
        for (String number : numbers) {
          assertThat(text.replaceAll("\\D", "")).doesNotContain(number);
        }
      }
    }
  }

  @Test
  void theGate_listsATagsMembers_forTheTenantsOwnStaff_only() throws Exception {
    register(5);
    List<AgencyToken> persons = tokens(5);
    mamori.core.PersonTag batch = mamori.core.PersonTag.parse("batch=2026-12");
    Actor officer = new Actor(new UserId("officer"), new OrganisationId(CITY), List.of(), WHY);
    vault.sets().tag(CITY, officer, persons.get(1), batch);
    vault.sets().tag(CITY, officer, persons.get(3), batch);
    long before = logSize();

    AccessGate.Listing tagged =
        gate.members(STAFF, WHY, new mamori.entrustment.PersonSet.Tagged(batch), 100, null);

    assertThat(tagged.tokens()).containsExactlyInAnyOrder(persons.get(1), persons.get(3));
    assertThat(records(before)).singleElement().matches(r -> r.action().equals(Action.LIST.code()));
    Principal contractor =
        new Principal(
            new UserId("op-1"), T, new OrganisationId("kyufu-co"), Role.STAFF, "test:op-1");
    assertThatThrownBy(() ->
            gate.members(
                contractor, WHY, new mamori.entrustment.PersonSet.Tagged(batch), 100, null))
        .isInstanceOf(mamori.access.AccessException.class);
    assertThat(records(before).getLast().allowed()).isFalse();
    assertThatThrownBy(() -> gate.members(STAFF, WHY, mamori.entrustment.PersonSet.ALL, 100, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePdf_isWrittenOwnerOnly_andWithoutTheFontNothingIsRevealed() throws Exception {
    register(1);
    AgencyToken anna = tokens(1).getFirst();
    Path file = out.resolve("pickup.pdf");
    printing.pickup(STAFF, anna, WHY, Optional.empty(), press).write(file);
    assertThat(out.resolve("pickup.pdf.tmp")).doesNotExist();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      var resources = doc.getPage(0).getResources();
      for (var name : resources.getFontNames()) {
        assertThat(resources.getFont(name).isEmbedded()).isTrue();
      }
    }
    long rows = documentRows();
    assertThatThrownBy(() ->
            printing.job(STAFF, WHY, new Printing.Press("p", out.resolve("missing.ttf"))).close())
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("apt-get install fonts-ipaexfont-gothic");
    assertThat(documentRows()).isEqualTo(rows);
  }

  @Test
  void wrap_breaksBetweenAnyTwoCharacters_neverInsideAPair() throws Exception {
    assertThat(PagePdf.wrap("あいうえおかきくけこ", t -> t.length() * 10f, 35))
        .containsExactly("あいう", "えおか", "きくけ", "こ");
    assertThat(PagePdf.wrap("", t -> t.length() * 10f, 35)).containsExactly("");
    // 𠮷 is a surrogate pair: never split, even where a half would fit
    assertThat(PagePdf.wrap("あ𠮷い", t -> t.codePointCount(0, t.length()) * 10f, 15))
        .containsExactly("あ", "𠮷", "い");
  }

  long documentRows() {
    return store
        .jdbc()
        .sql("SELECT COUNT(*) FROM handover_document WHERE tenant_id = ?")
        .param(CITY)
        .query(Long.class)
        .single();
  }
}
