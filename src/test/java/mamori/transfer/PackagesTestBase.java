package mamori.transfer;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.PackageCrypto;
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
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonData;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sender's Mamori on a fresh store: keys, log, vault, entrustments, the gate, a registered
 * recipient whose private key the test holds, and {@link Packages} paging {@link #PAGE} persons at
 * a time.
 */
abstract class PackagesTestBase {
  static final String TENANT = "pack-city";
  static final String PURPOSE = "resident-tax";
  static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-12-06");
  static final int PAGE = 64;
  static final List<Field> ALL_FIELDS = List.of(Field.values());
  static final Caller OFFICER = new Caller("officer", TENANT, Role.SECURITY_OFFICER);
  static final Caller ADMIN = new Caller("admin", TENANT, Role.ORG_ADMIN);

  @TempDir Path keyFolder;
  @TempDir Path outDir;

  StoreLocation location;
  Store store;
  TenantKeys keys;
  TransparencyLogs logs;
  Vault vault;
  Entrustments entrustments;
  AccessGate gate;
  Recipients recipients;
  PackageSigner signer;
  Packages packages;
  Releases releases;
  PackageCrypto.KeyPair recipientKey;
  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();

  abstract TestStores.Kind kind();

  int page() {
    return PAGE;
  }

  @BeforeEach
  void openSender() {
    location = TestStores.fresh(kind());
    store = Store.open(location);
    keys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(
                new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    vault = new Vault(store.dataSource(), keys, logs, clock, List.of());
    entrustments = new Entrustments(store.dataSource(), logs, e -> {}, (org, user) -> true, clock);
    entrustments.registerOrganisation(Organisation.controller(TENANT, "尼崎市"));
    entrustments.seedPurposes(TENANT);
    gate = new AccessGate(store.dataSource(), vault, entrustments, logs, events::add, clock);
    recipients = new Recipients(store.dataSource(), new AdminLog(logs, clock), clock);
    signer = new PackageSigner(SigningKeys.in(keyFolder));
    packages =
        new Packages(
            store.dataSource(),
            vault,
            gate,
            recipients,
            signer,
            keys,
            logs,
            t -> "尼崎市",
            clock,
            page());
    releases = new Releases(store.dataSource(), keys, signer, new AdminLog(logs, clock), clock);
    new TenantSettings(store.dataSource())
        .set(new TenantId(TENANT), TransferSettings.RELEASE_URL, "http://127.0.0.1:8080");
    recipientKey = PackageCrypto.newKeyPair();
    recipients.add(
        new Who(new UserId("officer"), new OrganisationId(TENANT), new TenantId(TENANT)),
        true,
        Role.SECURITY_OFFICER,
        "benefits",
        "給付システム",
        recipientKey.publicKey());
  }

  @AfterEach
  void closeSender() {
    entrustments.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  static Principal staff(String user, Role role) {
    return new Principal(
        new UserId(user), new TenantId(TENANT), new OrganisationId(TENANT), role, "tok-" + user);
  }

  static final Principal CLERK = staff("clerk", Role.STAFF);

  /** Registers {@code n} seeded persons; returns them in the order given. */
  List<PersonData> register(int n, long seed) {
    List<PersonData> persons = persons(n, seed);
    Actor importer =
        new Actor(
            new UserId("importer"),
            new OrganisationId(TENANT),
            List.of(),
            new Why(PURPOSE, "import"));
    for (int from = 0; from < persons.size(); from += Vault.CHUNK) {
      vault.register(
          TENANT, importer, persons.subList(from, Math.min(persons.size(), from + Vault.CHUNK)));
    }
    return persons;
  }

  static List<PersonData> persons(int count, long seed) {
    Random rng = new Random(seed);
    Set<IndividualNumber> numbers = new HashSet<>();
    List<PersonData> out = new ArrayList<>(count);
    String[] family = {"佐藤", "鈴木", "高橋", "田中"};
    String[] familyKana = {"サトウ", "スズキ", "タカハシ", "タナカ"};
    while (out.size() < count) {
      StringBuilder base = new StringBuilder(11);
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      IndividualNumber number = IndividualNumber.withCheckDigit(base);
      if (!numbers.add(number)) {
        continue;
      }
      int k = rng.nextInt(family.length);
      int n = out.size();
      out.add(
          new PersonData(
              number,
              family[k],
              "花子",
              familyKana[k],
              "ハナコ",
              LocalDate.of(1930 + rng.nextInt(90), 1 + rng.nextInt(12), 1 + rng.nextInt(28)),
              rng.nextBoolean() ? "1" : "2",
              "660-" + (1000 + rng.nextInt(9000)),
              // commas and quotes in an address: the CSV must quote them
              n % 7 == 0 ? "尼崎市七松町1丁目, \"北\"棟 " + n : "尼崎市東七松町" + n,
              "H" + (n / 3),
              rng.nextInt(4) == 0 ? "" : "0009-123-" + (1_000_000 + n)));
    }
    return out;
  }

  NewPackage everyone(List<Field> fields) {
    return new NewPackage(
        "benefits",
        new Why(PURPOSE, "R8-0001"),
        PersonSet.ALL,
        fields,
        java.time.Duration.ofHours(72),
        false);
  }

  /** The content of a made package, opened with the recipient's key (and the release share). */
  List<PersonData> opened(Path file) throws Exception {
    PackageReader r = PackageReader.open(file);
    byte[] recipientShare = r.recipientShare(recipientKey.privateKey());
    byte[] releaseShare;
    if (r.manifest().release() == Manifest.Mode.OFFLINE) {
      releaseShare = r.offlineReleaseShare(recipientKey.privateKey());
    } else {
      byte[] sealed =
          store
              .jdbc()
              .sql(
                  "SELECT release_share FROM transfer_package WHERE tenant_id = ? AND package_id"
                      + " = ?")
              .params(TENANT, r.manifest().packageId())
              .query(byte[].class)
              .single();
      releaseShare = keys.openSecret(TENANT, "package-release/" + r.manifest().packageId(), sealed);
    }
    List<PersonData> out = new ArrayList<>();
    try (InputStream in = r.content(r.contentKey(recipientShare, releaseShare));
        PersonCsvReader csv = PersonCsvReader.open(in, -1, PersonCsvReader.Options.defaults())) {
      while (true) {
        PersonCsvReader.Batch b = csv.next(1000);
        if (b.isEmpty()) {
          break;
        }
        if (!b.rejects().isEmpty()) {
          throw new AssertionError("rows rejected: " + b.rejects().size());
        }
        out.addAll(b.persons());
      }
    }
    return out;
  }

  /** The records of the tenant's log from {@code from} to its end. */
  List<AccessRecord> records(long from) {
    List<AccessRecord> out = new ArrayList<>();
    var log = logs.forTenant(TENANT);
    for (long i = from; i < log.size(); i++) {
      out.add(AccessRecordCodec.decode(log.entry(i).orElseThrow()));
    }
    return out;
  }

  long logSize() {
    return logs.forTenant(TENANT).size();
  }

  /** The states of the tenant's package rows. */
  List<String> states() {
    return store
        .jdbc()
        .sql("SELECT state FROM transfer_package WHERE tenant_id = ? ORDER BY created_at")
        .param(TENANT)
        .query(String.class)
        .list();
  }

  /**
   * A contractor holding an approved entrustment of {@code persons}, {@code fields} in full, the
   * {@code actions} given, {@code cap} a day; its operator.
   */
  Principal contractor(
      String org, PersonSet persons, Set<Action> actions, long cap, List<Field> fields) {
    entrustments.registerOrganisation(
        new Organisation(org, org, Organisation.Kind.CONTRACTOR, TENANT));
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    fields.forEach(f -> shown.put(f, Mask.NONE));
    Scope scope =
        new Scope(
            Set.of(PURPOSE), shown, persons, TODAY.minusDays(1), TODAY.plusDays(30), cap, actions);
    Contract contract = new Contract(true, true, List.of("op-" + org), true, true, true, "", null);
    Entrustment e = entrustments.create(null, org, contract, scope, ADMIN);
    if (e.status() == Entrustment.Status.REQUESTED) {
      entrustments.approve(e.id(), OFFICER);
    }
    return new Principal(
        new UserId("op-" + org),
        new TenantId(TENANT),
        new OrganisationId(org),
        Role.OPERATOR,
        "tok-" + org);
  }
}
