package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.PackageCrypto;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import mamori.vault.PersonImport;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recipient's side of a package (issue 17 points 4 and 5), on each kind of store: a released
 * package imports its persons, logged; each way to spoil or misuse one is refused with its reason,
 * logged, and imports nothing. Packages are made here as docs/package-format.md says, and the
 * sender's release is played by {@link TestSender} on 127.0.0.1. No person data is printed.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class OpeningTest {
  static final TenantId TENANT = new TenantId("benefits-office");
  static final Principal STAFF = principal("staff-1", Role.STAFF);
  static final Principal OFFICER = principal("officer-1", Role.SECURITY_OFFICER);
  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  static final Set<String> PURPOSES = Set.of("benefit", "resident-register");
  static final String HEADER =
      "my_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
          + "postal_code,address,household_id,bank_account";

  @Parameter TestStores.Kind kind;
  @TempDir Path dir;

  StoreLocation location;
  Store store;
  TenantKeys keys;
  TransparencyLogs logs;
  Vault vault;
  TestClock clock;
  Senders senders;
  ReceiveKeys receiveKeys;
  TenantSettings settings;
  Opening opening;
  TestSender sender;
  ReceiveKeys.Key ours;

  static Principal principal(String user, Role role) {
    return new Principal(
        new UserId(user), TENANT, new OrganisationId(TENANT.value()), role, "cli:test");
  }

  @BeforeEach
  void open() throws Exception {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    Path keyFolder = Files.createDirectory(dir.resolve("keys"));
    var root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    clock = new TestClock(NOW);
    keys = new TenantKeys(store.dataSource(), root, clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    vault = new Vault(store.dataSource(), keys, logs, clock, List.of());
    AdminLog admin = new AdminLog(logs, clock);
    senders = new Senders(store.dataSource(), admin, clock);
    receiveKeys = new ReceiveKeys(store.dataSource(), keys, admin, clock);
    settings = new TenantSettings(store.dataSource());
    opening =
        new Opening(
            store.dataSource(),
            vault,
            logs,
            senders,
            receiveKeys,
            settings,
            (tenant, purpose) -> tenant.equals(TENANT) && PURPOSES.contains(purpose),
            Duration.ofMillis(700),
            clock);
    sender = new TestSender();
    senders.add(
        OFFICER.who(),
        true,
        Role.SECURITY_OFFICER,
        "town",
        "Town",
        sender.signingKey(),
        sender.url());
    ours = receiveKeys.create(OFFICER.who(), true, Role.SECURITY_OFFICER);
  }

  @AfterEach
  void close() {
    sender.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  // ---- making packages, as a sender does ----

  /** A package's parts, to spoil in the tests. */
  record Made(Path file, String id, byte[] content) {}

  static byte[] csv(int persons, long seed) {
    return TestSender.personsCsv(persons, seed);
  }

  Made make(
      String name,
      byte[] content,
      Manifest.Mode mode,
      byte[] recipientKey,
      KeyPair signer,
      Instant expires,
      String purpose)
      throws Exception {
    TestSender.Made m =
        sender.make(
            dir.resolve(name),
            content,
            mode,
            recipientKey,
            signer,
            NOW.minus(Duration.ofHours(1)),
            expires,
            purpose);
    return new Made(m.file(), m.id(), m.content());
  }

  Made make(String name, int persons, Manifest.Mode mode) throws Exception {
    return make(
        name,
        csv(persons, name.hashCode()),
        mode,
        ours.publicKey(),
        sender.signer,
        NOW.plus(Duration.ofDays(2)),
        "benefit");
  }

  // ---- what the tests look at ----

  long persons() {
    return vault.count(TENANT.value());
  }

  List<AccessRecord> records() {
    long size = logs.forTenant(TENANT.value()).size();
    return logs.forTenant(TENANT.value()).records(0, size);
  }

  AccessRecord lastRecord() {
    List<AccessRecord> all = records();
    return all.get(all.size() - 1);
  }

  Optional<String> state(String packageId) {
    return store
        .jdbc()
        .sql("SELECT state FROM transfer_opened WHERE tenant_id = ? AND package_id = ?")
        .params(TENANT.value(), packageId)
        .query(String.class)
        .optional();
  }

  void refused(Path file, Opening.Options options, Reason reason, String message) {
    long before = persons();
    assertThatThrownBy(() -> opening.open(STAFF, file, options))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining(message)
        .extracting(e -> ((PackageRefused) e).reason())
        .isEqualTo(reason);
    assertThat(persons()).isEqualTo(before);
    AccessRecord last = lastRecord();
    assertThat(last.action()).isEqualTo(Action.PACKAGE_OPEN.code());
    assertThat(last.decision()).isEqualTo(AccessRecord.DENY + reason.code());
    assertThat(last.actor()).isEqualTo("staff-1");
  }

  void refused(Path file, Reason reason, String message) {
    refused(file, Opening.Options.defaults(), reason, message);
  }

  // ---- opened ----

  @Test
  void aReleasedOnlinePackage_importsItsPersons_logged_andIsReportedOpened() throws Exception {
    Made made = make("online.mpkg", 25, Manifest.Mode.ONLINE);
    long[] progress = {0};
    Opening.Opened o =
        opening.open(
            STAFF, made.file(), Opening.Options.defaults().withProgress((b, r) -> progress[0] = r));
    assertThat(o.packageId()).isEqualTo(made.id());
    assertThat(o.senderId()).isEqualTo("town");
    assertThat(o.purpose()).isEqualTo("benefit");
    assertThat(o.imported().orElseThrow().imported()).isEqualTo(25);
    assertThat(o.completed()).isFalse();
    assertThat(o.warning()).isEmpty();
    assertThat(progress[0]).isEqualTo(25);
    assertThat(persons()).isEqualTo(25);
    assertThat(state(made.id())).contains("opened");
    assertThat(sender.held(made.id()).state).isEqualTo("opened");
    assertThat(sender.calls).containsExactly("challenge", "release", "opened");
    List<AccessRecord> all = records();
    int open = indexOf(all, r -> r.action().equals(Action.PACKAGE_OPEN.code()) && r.allowed());
    assertThat(all.get(open).purpose()).isEqualTo("benefit");
    assertThat(all.get(open).caseRef()).isEqualTo(Releases.caseOf(made.id()));
    // the vault's own records of each person follow the package's record, under its why
    List<AccessRecord> registered =
        all.stream().filter(r -> r.action().equals(Action.REGISTER.code())).toList();
    assertThat(registered).hasSize(25);
    assertThat(registered)
        .allSatisfy(r -> {
          assertThat(r.purpose()).isEqualTo("benefit");
          assertThat(r.caseRef()).isEqualTo(Releases.caseOf(made.id()));
          assertThat(r.actor()).isEqualTo("staff-1");
        });
    assertThat(all.indexOf(registered.get(0))).isGreaterThan(open);
  }

  @Test
  void anOfflinePackage_opensWithTheKeyAlone_withoutAskingTheSender() throws Exception {
    Made made = make("offline.mpkg", 12, Manifest.Mode.OFFLINE);
    sender.hang = true; // the sender is not asked at all
    Opening.Opened o = opening.open(STAFF, made.file(), Opening.Options.defaults());
    assertThat(o.imported().orElseThrow().imported()).isEqualTo(12);
    assertThat(persons()).isEqualTo(12);
    assertThat(state(made.id())).contains("opened");
  }

  @Test
  void aKeyKeptInAnOwnerOnlyFile_opensAPackageSealedToIt() throws Exception {
    PackageCrypto.KeyPair outside = PackageCrypto.newKeyPair();
    Made made =
        make(
            "file-key.mpkg",
            csv(5, 7),
            Manifest.Mode.ONLINE,
            outside.publicKey(),
            sender.signer,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    Path keyFile = dir.resolve("recipient.key");
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(outside.privateKey()) + "\n");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> ReceiveKeys.readKeyFile(keyFile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("chmod 600");
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    ReceiveKeys.Key key = ReceiveKeys.readKeyFile(keyFile);
    assertThat(key.fingerprint()).isEqualTo(PackageCrypto.fingerprint(outside.publicKey()));
    // without the file, the package is none of the tenant's
    refused(made.file(), Reason.PACKAGE_NOT_OURS, "none of this tenant's keys");
    opening.open(STAFF, made.file(), Opening.Options.defaults().withKeyFile(key));
    assertThat(persons()).isEqualTo(5);
  }

  @Test
  void aPurposeNotRegisteredHere_needsOneOfOurs() throws Exception {
    Made made =
        make(
            "purpose.mpkg",
            csv(4, 3),
            Manifest.Mode.ONLINE,
            ours.publicKey(),
            sender.signer,
            NOW.plus(Duration.ofDays(1)),
            "child-allowance");
    refused(made.file(), Reason.PURPOSE_UNKNOWN, "--purpose");
    refused(
        made.file(),
        Opening.Options.defaults().withPurpose("tax"),
        Reason.PURPOSE_UNKNOWN,
        "not registered");
    Opening.Opened o =
        opening.open(STAFF, made.file(), Opening.Options.defaults().withPurpose("benefit"));
    assertThat(o.purpose()).isEqualTo("benefit");
    assertThat(persons()).isEqualTo(4);
    assertThat(sender.calls).containsExactly("challenge", "release", "opened");
  }

  // ---- refused, nothing imported ----

  @Test
  void aTruncatedPackage_isRefused() throws Exception {
    Made made = make("whole.mpkg", 3000, Manifest.Mode.ONLINE);
    byte[] whole = Files.readAllBytes(made.file());
    assertThat(whole.length).isGreaterThan(Format.HEAD + Format.SLOT + 70_000);
    for (int keep :
        new int[] {whole.length - 1, Format.HEAD + Format.SLOT + 4 + Format.MAX_SEALED}) {
      Path cut = dir.resolve("cut-" + keep + ".mpkg");
      Files.write(cut, Arrays.copyOf(whole, keep));
      refused(cut, Reason.PACKAGE_MALFORMED, "cut short");
    }
    Path header = dir.resolve("header.mpkg");
    Files.write(header, Arrays.copyOf(whole, 2000));
    refused(header, Reason.PACKAGE_MALFORMED, "ends inside its header");
    assertThat(state(made.id())).isEmpty();
  }

  @Test
  void aBitFlippedInTheContent_isRefused_beforeAnyPersonIsImported() throws Exception {
    // the flip is in the last chunk: every person of the first chunk would import, if the content
    // were not checked whole first
    Made made = make("flip.mpkg", 3000, Manifest.Mode.ONLINE);
    byte[] bytes = Files.readAllBytes(made.file());
    bytes[bytes.length - 20] ^= 0x04;
    Path f = dir.resolve("flipped.mpkg");
    Files.write(f, bytes);
    refused(f, Reason.PACKAGE_MALFORMED, "does not open");
    assertThat(state(made.id())).isEmpty();
  }

  @Test
  void aPackageReSignedByAnotherKey_isRefused() throws Exception {
    KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Made made =
        make(
            "forged.mpkg",
            csv(3, 1),
            Manifest.Mode.ONLINE,
            ours.publicKey(),
            forger,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    refused(made.file(), Reason.PACKAGE_SIGNATURE, "no sender is registered");
    assertThat(sender.calls).isEmpty();
  }

  @Test
  void aManifestEditedToAnotherRecipient_isRefused() throws Exception {
    Made made = make("edit.mpkg", 3, Manifest.Mode.ONLINE);
    PackageCrypto.KeyPair other = PackageCrypto.newKeyPair();
    byte[] bytes = Files.readAllBytes(made.file());
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf(ours.fingerprint());
    byte[] theirs =
        PackageCrypto.fingerprint(other.publicKey()).getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(theirs, 0, bytes, at, theirs.length);
    Path f = dir.resolve("edited.mpkg");
    Files.write(f, bytes);
    refused(f, Reason.PACKAGE_SIGNATURE, "does not verify");
    assertThat(sender.calls).isEmpty();
  }

  @Test
  void contentSwappedFromAnotherPackage_isRefused() throws Exception {
    Made a = make("a.mpkg", 40, Manifest.Mode.ONLINE);
    Made b = make("b.mpkg", 40, Manifest.Mode.ONLINE);
    byte[] aBytes = Files.readAllBytes(a.file());
    byte[] bBytes = Files.readAllBytes(b.file());
    int start = Format.HEAD + Format.SLOT;
    byte[] mixed = Arrays.copyOf(aBytes, bBytes.length);
    System.arraycopy(bBytes, start, mixed, start, bBytes.length - start);
    Path f = dir.resolve("mixed.mpkg");
    Files.write(f, mixed);
    refused(f, Reason.PACKAGE_MALFORMED, "does not open");
  }

  @Test
  void aPackageForAnotherRecipientsKey_isRefused() throws Exception {
    PackageCrypto.KeyPair other = PackageCrypto.newKeyPair();
    Made made =
        make(
            "theirs.mpkg",
            csv(3, 2),
            Manifest.Mode.ONLINE,
            other.publicKey(),
            sender.signer,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    refused(made.file(), Reason.PACKAGE_NOT_OURS, "none of this tenant's keys");
    Path keyFile = dir.resolve("ours.key");
    PackageCrypto.KeyPair wrong = PackageCrypto.newKeyPair();
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(wrong.privateKey()));
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
    refused(
        made.file(),
        Opening.Options.defaults().withKeyFile(ReceiveKeys.readKeyFile(keyFile)),
        Reason.PACKAGE_NOT_OURS,
        "not to the key of the key file");
    assertThat(sender.calls).isEmpty();
  }

  @Test
  void anExpiredPackage_isRefused() throws Exception {
    Made made = make("late.mpkg", 3, Manifest.Mode.OFFLINE);
    clock.advance(Duration.ofDays(2));
    refused(made.file(), Reason.PACKAGE_EXPIRED, "expired");
  }

  @Test
  void aReplayedPackage_importsNothingAgain() throws Exception {
    Made made = make("once.mpkg", 6, Manifest.Mode.OFFLINE);
    opening.open(STAFF, made.file(), Opening.Options.defaults());
    long size = logs.forTenant(TENANT.value()).size();
    Path copy = dir.resolve("copy.mpkg");
    Files.copy(made.file(), copy);
    refused(copy, Reason.PACKAGE_OPENED, "replayed");
    // the refusal is the only record: no person was registered or updated again
    assertThat(logs.forTenant(TENANT.value()).size()).isEqualTo(size + 1);
  }

  @Test
  void aPackageReportedLost_isRefusedAsLost_withTheSendersCode() throws Exception {
    Made made = make("lost.mpkg", 3, Manifest.Mode.ONLINE);
    sender.reportLost(made.id());
    // the recipient's record says why: lost, not merely not released
    refused(made.file(), Reason.PACKAGE_LOST, "HTTP 410, package.lost");
    assertThat(state(made.id())).isEmpty();
  }

  @Test
  void aSenderThatDoesNotAnswer_isNotReleased_withinTheTimeout() throws Exception {
    Made made = make("hang.mpkg", 3, Manifest.Mode.ONLINE);
    sender.hang = true;
    long started = System.nanoTime();
    refused(made.file(), Reason.PACKAGE_NOT_RELEASED, "could not be reached");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aSenderThatStallsInItsAnswer_isNotReleased_withinTheDeadline() throws Exception {
    Made made = make("stall.mpkg", 3, Manifest.Mode.ONLINE);
    sender.stallBody = true;
    long started = System.nanoTime();
    refused(made.file(), Reason.PACKAGE_NOT_RELEASED, "no whole answer");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aSenderThatIsDown_isNotReleased() throws Exception {
    Made made = make("down.mpkg", 3, Manifest.Mode.ONLINE);
    sender.close();
    refused(made.file(), Reason.PACKAGE_NOT_RELEASED, "could not be reached");
  }

  @Test
  void onlyTheTenantsStaffOpens() throws Exception {
    Made made = make("role.mpkg", 3, Manifest.Mode.OFFLINE);
    assertThatThrownBy(() -> opening.open(OFFICER, made.file(), Opening.Options.defaults()))
        .isInstanceOf(PackageRefused.class)
        .extracting(e -> ((PackageRefused) e).reason())
        .isEqualTo(Reason.ROLE_NOT_ALLOWED);
    assertThat(lastRecord().decision()).isEqualTo(AccessRecord.DENY + "role.not-allowed");
    assertThat(persons()).isZero();
  }

  // ---- a kill during the import ----

  @Test
  void anImportStoppedAfterItsFirstBatch_staysOpening_andTheNextOpenCompletesIt() throws Exception {
    Made made = make("killed.mpkg", 20, Manifest.Mode.ONLINE);
    opening.afterEachBatch(batch -> {
      throw new IllegalStateException("killed after a batch");
    });
    assertThatThrownBy(() -> opening.open(STAFF, made.file(), Opening.Options.defaults()))
        .hasMessageContaining("killed");
    assertThat(state(made.id())).contains("opening");
    assertThat(sender.held(made.id()).state).isEqualTo("released");
    long stored = persons();
    opening.afterEachBatch(batch -> {});
    Opening.Opened o = opening.open(STAFF, made.file(), Opening.Options.defaults());
    assertThat(o.completed()).isTrue();
    PersonImport.Summary s = o.imported().orElseThrow();
    assertThat(s.imported() + s.unchanged()).isEqualTo(20);
    assertThat(s.unchanged()).isEqualTo(stored);
    assertThat(persons()).isEqualTo(20);
    assertThat(state(made.id())).contains("opened");
    assertThat(sender.held(made.id()).state).isEqualTo("opened");
    // each person was registered (and logged) once: completing changed nothing already stored
    assertThat(records().stream().filter(r -> r.action().equals(Action.REGISTER.code())))
        .hasSize(20);
  }

  @Test
  void aSecondOpenWhileOneRuns_isRefusedBeingOpened_andImportsNothing() throws Exception {
    Made made = make("twice.mpkg", 20, Manifest.Mode.ONLINE);
    PackageRefused[] second = {null};
    boolean[] once = {false};
    opening.afterEachBatch(batch -> {
      if (!once[0]) {
        once[0] = true;
        try {
          opening.open(STAFF, made.file(), Opening.Options.defaults());
        } catch (PackageRefused e) {
          second[0] = e;
        } catch (Exception e) {
          throw new AssertionError(e);
        }
      }
    });
    Opening.Opened o = opening.open(STAFF, made.file(), Opening.Options.defaults());
    assertThat(second[0]).isNotNull();
    assertThat(second[0].reason()).isEqualTo(Reason.PACKAGE_OPENED);
    assertThat(second[0].getMessage()).contains("being opened");
    assertThat(o.imported().orElseThrow().imported()).isEqualTo(20);
    assertThat(state(made.id())).contains("opened");
    // each person registered (and logged) once: the second run imported nothing
    assertThat(
            records().stream()
                .filter(r -> r.action().equals(Action.REGISTER.code()) && r.allowed()))
        .hasSize(20);
  }

  @Test
  void anOpeningLeftByARunKilledOutright_isCompletedOnceItsLeaseEnded() throws Exception {
    Made made = make("stale.mpkg", 5, Manifest.Mode.OFFLINE);
    // a run that was killed outright, without giving its claim up
    store
        .jdbc()
        .sql(
            "INSERT INTO transfer_opened (tenant_id, package_id, sender_id, purpose_id, case_ref,"
                + " persons, state, opened_by, started_at) VALUES (?, ?, 'town', 'benefit',"
                + " 'c', 5, 'opening', 'staff-2', ?)")
        .params(TENANT.value(), made.id(), clock.millis())
        .update();
    refused(made.file(), Reason.PACKAGE_OPENED, "being opened");
    assertThat(persons()).isZero();
    clock.advance(Opening.CLAIM_LEASE);
    Opening.Opened o = opening.open(STAFF, made.file(), Opening.Options.defaults());
    assertThat(o.completed()).isTrue();
    assertThat(persons()).isEqualTo(5);
    assertThat(state(made.id())).contains("opened");
  }

  @Test
  void aPackageWhoseFieldsDoNotMakeAPersonsFile_isRefused_beforeAnythingIsLoggedAsOpened()
      throws Exception {
    byte[] names = "family_name,given_name\n佐藤,花子\n".getBytes(StandardCharsets.UTF_8);
    Made made =
        make(
            "fields.mpkg",
            names,
            Manifest.Mode.OFFLINE,
            ours.publicKey(),
            sender.signer,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    refused(made.file(), Reason.PACKAGE_FIELDS, "cannot be imported");
    assertThat(state(made.id())).isEmpty();
    assertThat(records())
        .noneMatch(r -> r.action().equals(Action.PACKAGE_OPEN.code()) && r.allowed());
  }

  @Test
  void anImportStoppedBetweenItsBatches_leavesWholeBatches_andTheNextOpenImportsTheRest()
      throws Exception {
    // more persons than one batch of the import: the stop falls between two batches
    int count = 70_000;
    Made made =
        make(
            "big.mpkg",
            csv(count, 99),
            Manifest.Mode.OFFLINE,
            ours.publicKey(),
            sender.signer,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    int[] batches = {0};
    opening.afterEachBatch(batch -> {
      if (batches[0]++ == 0) {
        throw new IllegalStateException("killed after the first batch");
      }
    });
    assertThatThrownBy(() -> opening.open(STAFF, made.file(), Opening.Options.defaults()))
        .hasMessageContaining("killed");
    long stored = persons();
    assertThat(stored).isGreaterThan(0).isLessThan(count);
    assertThat(state(made.id())).contains("opening");
    Opening.Opened o = opening.open(STAFF, made.file(), Opening.Options.defaults());
    assertThat(o.completed()).isTrue();
    assertThat(o.imported().orElseThrow().unchanged()).isEqualTo(stored);
    assertThat(o.imported().orElseThrow().imported()).isEqualTo(count - stored);
    assertThat(persons()).isEqualTo(count);
    assertThat(state(made.id())).contains("opened");
  }

  // ---- plaintext only by the tenant's own rule ----

  @Test
  void aCsv_isRefusedWithoutTheTenantsRule_andWrittenOwnerOnlyWithIt() throws Exception {
    Made made = make("csv.mpkg", 8, Manifest.Mode.OFFLINE);
    Path out = dir.resolve("out.csv");
    refused(
        made.file(),
        Opening.Options.defaults().withCsv(out, false),
        Reason.ACTION_NOT_ALLOWED,
        Opening.CSV_EXPORT);
    assertThat(out).doesNotExist();
    settings.set(
        TENANT, Opening.CSV_EXPORT, Opening.checkCsvReason("the benefit system reads CSV"));
    Opening.Opened o =
        opening.open(STAFF, made.file(), Opening.Options.defaults().withCsv(out, false));
    assertThat(o.imported()).isEmpty();
    assertThat(o.csv()).contains(out);
    assertThat(Files.readAllBytes(out)).isEqualTo(made.content());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
    assertThat(persons()).isZero();
    AccessRecord last = lastRecord();
    assertThat(last.allowed()).isTrue();
    assertThat(last.caseRef()).contains("csv: the benefit system reads CSV");
    assertThatThrownBy(() -> Opening.checkCsvReason("x".repeat(Opening.MAX_CSV_REASON + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- inspect ----

  @Test
  void inspect_tellsTheSignatureTheExpiryAndTheRelease_withoutAnyKey() throws Exception {
    Made made = make("inspect.mpkg", 3, Manifest.Mode.ONLINE);
    Inspection i = opening.inspect(TENANT, made.file());
    assertThat(i.signature()).isEqualTo(Inspection.Signature.REGISTERED);
    assertThat(i.sender().orElseThrow().id()).isEqualTo("town");
    assertThat(i.expired()).isFalse();
    assertThat(i.release().orElseThrow()).containsEntry("state", "created");
    assertThat(i.lines()).contains("release.state: created", "sender_share: absent");
    assertThat(String.join("\n", i.lines()))
        .doesNotContain(Base64.getEncoder().encodeToString(sender.signingKey()));

    Inspection bare = Opening.inspect(made.file(), clock);
    assertThat(bare.signature()).isEqualTo(Inspection.Signature.NO_STORE);
    assertThat(bare.release()).isEmpty();
    assertThat(bare.releaseNote()).contains("without a store");

    KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Made forged =
        make(
            "inspect-forged.mpkg",
            csv(2, 5),
            Manifest.Mode.ONLINE,
            ours.publicKey(),
            forger,
            NOW.plus(Duration.ofDays(1)),
            "benefit");
    assertThat(opening.inspect(TENANT, forged.file()).signature())
        .isEqualTo(Inspection.Signature.NOT_REGISTERED);
    sender.calls.clear();
    assertThat(opening.inspect(TENANT, forged.file()).release()).isEmpty();
    assertThat(sender.calls).isEmpty();
  }

  @Test
  void aPackageIdWithTwelveDigitsInARow_isNoPackageId_andItsCaseIsMaskedAnyway() {
    String id = "123456789012abcdef0123456789abcd";
    assertThat(Manifest.idOfPackage(id)).isFalse();
    assertThat(Manifest.idOfPackage("0a1b2c3d4e5f60718293a4b5c6d7e8f9")).isTrue();
    assertThatThrownBy(() ->
            Manifest.parse(
                ("{\"format\":\"mamori-package/1\",\"package\":\"" + id + "\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("twelve decimal digits");
    String c = Releases.caseOf(id);
    assertThat(new mamori.core.Why("benefit", c).caseRef())
        .startsWith("package:")
        .endsWith("9012abcdef0123456789abcd");
    assertThat(Releases.caseOf("0a1b2c3d4e5f60718293a4b5c6d7e8f9"))
        .isEqualTo("package:0a1b2c3d4e5f60718293a4b5c6d7e8f9");
  }

  // ---- senders and keys ----

  @Test
  void sendersAndKeys_areAddedOnlyByTheOfficer_logged() {
    assertThatThrownBy(() ->
            senders.add(
                STAFF.who(), true, Role.STAFF, "other", "Other", sender.signingKey(), sender.url()))
        .isInstanceOf(PackageRefused.class);
    assertThat(lastRecord().decision()).isEqualTo(AccessRecord.DENY + "role.not-allowed");
    assertThatThrownBy(() ->
            senders.add(
                OFFICER.who(),
                true,
                Role.SECURITY_OFFICER,
                "other",
                "Other",
                sender.signingKey(),
                sender.url()))
        .hasMessageContaining("registered already");
    assertThatThrownBy(() ->
            senders.add(
                OFFICER.who(),
                true,
                Role.SECURITY_OFFICER,
                "other",
                "Other",
                new byte[32],
                "http://example.org"))
        .hasMessageContaining("loopback");
    assertThat(senders.findByKey(TENANT, sender.signingKey()).orElseThrow().id()).isEqualTo("town");
    assertThat(senders.list(TENANT)).hasSize(1);
    assertThatThrownBy(() -> receiveKeys.create(STAFF.who(), true, Role.STAFF))
        .isInstanceOf(PackageRefused.class);
    ReceiveKeys.Key found = receiveKeys.find(TENANT, ours.fingerprint()).orElseThrow();
    assertThat(found.publicKey()).isEqualTo(ours.publicKey());
    assertThat(found.toString()).doesNotContain(ours.publicKeyBase64());
    assertThat(records().stream().map(AccessRecord::action))
        .contains(Action.SENDER_ADD.code(), Action.TRANSFER_KEY_CREATE.code());
    // the private key is stored sealed, not as itself
    byte[] stored =
        store
            .jdbc()
            .sql("SELECT private_key FROM transfer_key WHERE tenant_id = ?")
            .params(TENANT.value())
            .query(byte[].class)
            .single();
    assertThat(stored.length).isGreaterThan(32);
  }

  static int indexOf(List<AccessRecord> all, java.util.function.Predicate<AccessRecord> p) {
    for (int i = 0; i < all.size(); i++) {
      if (p.test(all.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such record");
  }
}
