package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sender's side of a package after it is made: the challenge and release with a real recipient
 * key pair, every refusal with its reason and its record, report-lost killing the share.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ReleasesTest {
  static final String TENANT = "kita-city";
  static final Who OFFICER =
      new Who(new UserId("kita-officer"), new OrganisationId(TENANT), new TenantId(TENANT));
  static final Who STAFF =
      new Who(new UserId("kita-staff"), new OrganisationId(TENANT), new TenantId(TENANT));
  static final Who CONTRACTOR_ADMIN =
      new Who(new UserId("entry-admin"), new OrganisationId("entry-co"), new TenantId(TENANT));

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  final TestClock clock = new TestClock(Instant.parse("2026-12-06T09:00:00Z"));
  TransparencyLogs logs;
  TenantKeys keys;
  PackageSigner signer;
  Recipients recipients;
  Releases releases;
  final PackageCrypto.KeyPair recipientKey = PackageCrypto.newKeyPair();

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    var root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    keys = new TenantKeys(store.dataSource(), root, clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    AdminLog admin = new AdminLog(logs, clock);
    signer = new PackageSigner(SigningKeys.in(keyFolder));
    recipients = new Recipients(store.dataSource(), admin, clock);
    releases = new Releases(store.dataSource(), keys, signer, admin, clock);
    recipients.add(
        OFFICER, true, Role.SECURITY_OFFICER, "benefit-sys", "給付システム", recipientKey.publicKey());
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  /** A package row as Packages.create leaves it; returns its release share. */
  byte[] made(String id, String mode, boolean complete, Duration expiresIn) {
    byte[] share = PackageCrypto.random(32);
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    long now = clock.millis();
    jdbc.sql(
            "INSERT INTO transfer_package (tenant_id, package_id, recipient_id, fingerprint,"
                + " purpose_id, case_ref, selection, fields, mode, persons, state, release_share,"
                + " created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'writing', ?, ?, ?, ?)")
        .params(
            TENANT,
            id,
            "benefit-sys",
            PackageCrypto.fingerprint(recipientKey.publicKey()),
            "benefit",
            "R8-0001",
            "all",
            "name,address",
            mode,
            0,
            mode.equals("online") ? keys.sealSecret(TENANT, Releases.shareLabel(id), share) : null,
            "kita-staff",
            now,
            now + expiresIn.toMillis())
        .update();
    if (complete) {
      jdbc.sql(
              "UPDATE transfer_package SET state = 'created', persons = 3, sha256 = ?, log_size ="
                  + " 1, completed_at = ? WHERE tenant_id = ? AND package_id = ?")
          .params("ab".repeat(32), now, TENANT, id)
          .update();
    }
    return share;
  }

  /**
   * A package id as Packages.create draws it: one whose hex holds no run of twelve decimal digits,
   * which the log would mask in the case {@code package:<id>}.
   */
  static String newId() {
    String id;
    do {
      id = HexFormat.of().formatHex(PackageCrypto.random(16));
    } while (mamori.core.NumberText.holdsNumber(id));
    return id;
  }

  byte[] answer(String id, PackageCrypto.Sealed challenge) throws Exception {
    return PackageCrypto.open(
        recipientKey.privateKey(),
        Format.info(Format.CHALLENGE, HexFormat.of().parseHex(id)),
        challenge);
  }

  /** The records of the tenant's log as {@code action case decision actor}. */
  List<String> acts() {
    var log = logs.forTenant(TENANT);
    return log.records(0, log.size()).stream()
        .map(r -> r.action() + " " + r.caseRef() + " " + r.decision() + " " + r.actor())
        .toList();
  }

  static Reason reasonOf(Throwable t) {
    return ((PackageRefused) t).reason();
  }

  @Test
  void theRecipient_answersTheChallenge_getsTheShareSignedAndReportsOpening() throws Exception {
    String id = newId();
    byte[] share = made(id, "online", true, Duration.ofHours(72));
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.CREATED);

    byte[] answer = answer(id, releases.challenge(id));
    Releases.Released released = releases.release(id, answer);

    byte[] pid = HexFormat.of().parseHex(id);
    byte[] opened =
        PackageCrypto.open(
            recipientKey.privateKey(), Format.info(Format.RELEASE_SHARE, pid), released.share());
    assertThat(opened).isEqualTo(share);
    assertThat(
            PackageCrypto.verify(
                signer.publicKey(new TenantId(TENANT)),
                Format.concat(
                    Format.RELEASE_SIGNED, pid, released.share().enc(), released.share().ct()),
                released.signature()))
        .isTrue();
    assertThat(released.releasedAt()).isEqualTo(clock.instant());
    Releases.Package status = releases.status(id);
    assertThat(status.state()).isEqualTo(Releases.State.RELEASED);
    assertThat(status.released()).contains(clock.instant());

    clock.advance(Duration.ofMinutes(2));
    assertThat(releases.opened(id, answer).state()).isEqualTo(Releases.State.OPENED);
    assertThat(releases.status(id).opened()).contains(clock.instant());
    assertThat(acts())
        .containsSubsequence(
            "package.release package:" + id + " allow recipient.benefit-sys",
            "package.open package:" + id + " allow recipient.benefit-sys");
  }

  @Test
  void aWrongAnswer_isRefusedAndLogged() {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    releases.challenge(id);
    assertThatThrownBy(() -> releases.release(id, PackageCrypto.random(32)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));
    assertThat(acts())
        .contains(
            "package.release package:" + id + " deny:package.answer-wrong recipient.benefit-sys");
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.CREATED);
  }

  @Test
  void aReplayedAnswer_isRefused() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));
    releases.release(id, answer);
    assertThatThrownBy(() -> releases.release(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));
    assertThat(acts())
        .containsSubsequence(
            "package.release package:" + id + " allow recipient.benefit-sys",
            "package.release package:" + id + " deny:package.answer-wrong recipient.benefit-sys");
  }

  @Test
  void anExpiredChallenge_isRefused_andCannotReportOpening() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));
    clock.advance(Releases.CHALLENGE_LIFE);
    assertThatThrownBy(() -> releases.release(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));

    byte[] second = answer(id, releases.challenge(id));
    releases.release(id, second);
    clock.advance(Releases.CHALLENGE_LIFE);
    assertThatThrownBy(() -> releases.opened(id, second))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));
    assertThat(acts())
        .contains(
            "package.open package:" + id + " deny:package.answer-wrong recipient.benefit-sys");
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.RELEASED);
  }

  @Test
  void anUnusedChallenge_doesNotReportOpening() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));
    assertThatThrownBy(() -> releases.opened(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));
  }

  @Test
  void anExpiredPackage_isRefusedAndLogged() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(1));
    byte[] answer = answer(id, releases.challenge(id));
    clock.advance(Duration.ofHours(1));
    assertThatThrownBy(() -> releases.challenge(id))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_EXPIRED));
    assertThatThrownBy(() -> releases.release(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_EXPIRED));
    assertThat(acts())
        .contains("package.release package:" + id + " deny:package.expired recipient.benefit-sys");
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.EXPIRED);
  }

  @Test
  void aLostPackage_holdsNoShare_andIsRefusedEvenWithALiveChallenge() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));

    Releases.ReportedLost lost =
        releases.reportLost(OFFICER, true, Role.SECURITY_OFFICER, id, "bag lost after dinner");
    assertThat(lost.killed()).isTrue();
    long withShare =
        JdbcClient.create(store.dataSource())
            .sql(
                "SELECT COUNT(*) FROM transfer_package WHERE package_id = ? AND release_share IS"
                    + " NOT NULL")
            .params(id)
            .query(Long.class)
            .single();
    assertThat(withShare).isZero();
    assertThatThrownBy(() -> releases.release(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_LOST));
    assertThatThrownBy(() -> releases.challenge(id))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_LOST));
    Releases.Package status = releases.status(id);
    assertThat(status.state()).isEqualTo(Releases.State.LOST);
    assertThat(status.lost()).contains(clock.instant());
    assertThat(status.lostBy()).contains("kita-officer");
    assertThat(acts())
        .containsSubsequence(
            "package.report-lost package:" + id + " bag lost after dinner allow kita-officer",
            "package.release package:" + id + " deny:package.lost recipient.benefit-sys");
  }

  @Test
  void aRevokedRecipient_isRefusedAndLogged() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));
    recipients.revoke(OFFICER, true, Role.SECURITY_OFFICER, "benefit-sys");
    assertThatThrownBy(() -> releases.release(id, answer))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.RECIPIENT_REVOKED));
    assertThatThrownBy(() -> releases.challenge(id))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.RECIPIENT_REVOKED));
    assertThat(acts())
        .contains(
            "package.release package:"
                + id
                + " deny:package.recipient-revoked recipient.benefit-sys");
  }

  @Test
  void anUnknownOrMalformedId_isUnknown() {
    for (String id : List.of(newId(), "not-an-id", "ABCDEF0123456789ABCDEF0123456789")) {
      assertThatThrownBy(() -> releases.challenge(id))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_UNKNOWN));
      assertThatThrownBy(() -> releases.release(id, new byte[32]))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_UNKNOWN));
      assertThatThrownBy(() -> releases.status(id))
          .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_UNKNOWN));
    }
  }

  @Test
  void anIncompletePackage_isRefusedAndLogged_andCanBeReportedLost() {
    String id = newId();
    made(id, "online", false, Duration.ofHours(72));
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.INCOMPLETE);
    assertThatThrownBy(() -> releases.challenge(id))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_INCOMPLETE));
    assertThat(acts())
        .contains(
            "package.release package:" + id + " deny:package.incomplete recipient.benefit-sys");
    assertThat(
            releases.reportLost(OFFICER, true, Role.ORG_ADMIN, id, "killed while writing").killed())
        .isTrue();
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.LOST);
  }

  @Test
  void reportLost_byAnyoneButTheControllersOfficerOrAdmin_isRefusedAndLogged() {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    assertThatThrownBy(() -> releases.reportLost(STAFF, true, Role.STAFF, id, "lost"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    assertThatThrownBy(
            () -> releases.reportLost(CONTRACTOR_ADMIN, false, Role.ORG_ADMIN, id, "lost"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    assertThat(acts())
        .contains(
            "package.report-lost package:" + id + " deny:role.not-allowed kita-staff",
            "package.report-lost package:" + id + " deny:role.not-allowed entry-admin");
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.CREATED);
    assertThatThrownBy(
            () -> releases.reportLost(OFFICER, true, Role.SECURITY_OFFICER, newId(), "lost"))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_UNKNOWN));
    assertThatThrownBy(() ->
            releases.reportLost(OFFICER, true, Role.SECURITY_OFFICER, id, "ref 1234 5678 9012"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOfflinePackage_isRecordedLostButNotKilled_andHasNothingToRelease() {
    String id = newId();
    made(id, "offline", true, Duration.ofHours(24));
    assertThatThrownBy(() -> releases.challenge(id))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_OFFLINE));
    Releases.ReportedLost lost =
        releases.reportLost(OFFICER, true, Role.SECURITY_OFFICER, id, "stick lost");
    assertThat(lost.killed()).isFalse();
    assertThat(releases.status(id).state()).isEqualTo(Releases.State.LOST);
  }

  @Test
  void liveChallenges_areBounded_byReplacingTheOldest_soTheNewestIsAlwaysAnswerable()
      throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    PackageCrypto.Sealed oldest = releases.challenge(id);
    clock.advance(Duration.ofSeconds(1));
    for (int i = 1; i < Releases.MAX_LIVE_CHALLENGES; i++) {
      releases.challenge(id);
    }
    clock.advance(Duration.ofSeconds(1));
    // one more than the bound, as a stranger holding the id would ask: never refused
    for (int i = 0; i < Releases.MAX_LIVE_CHALLENGES; i++) {
      releases.challenge(id);
    }
    PackageCrypto.Sealed newest = releases.challenge(id);
    JdbcClient jdbc = JdbcClient.create(store.dataSource());
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM transfer_challenge WHERE package_id = ?")
                .params(id)
                .query(Long.class)
                .single())
        .isEqualTo(Releases.MAX_LIVE_CHALLENGES);
    assertThatThrownBy(() -> releases.release(id, answer(id, oldest)))
        .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.PACKAGE_ANSWER_WRONG));
    assertThat(releases.release(id, answer(id, newest)).share()).isNotNull();
    clock.advance(Releases.CHALLENGE_LIFE);
    releases.challenge(id);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM transfer_challenge WHERE package_id = ?")
                .params(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aReleaseAndAReportOfLoss_atOnce_neverAnswerAShareAfterKilled() throws Exception {
    String id = newId();
    made(id, "online", true, Duration.ofHours(72));
    byte[] answer = answer(id, releases.challenge(id));
    var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    var report =
        new java.util.concurrent.atomic.AtomicReference<
            java.util.concurrent.Future<Releases.ReportedLost>>();
    var returnedWhileReleasing = new java.util.concurrent.atomic.AtomicBoolean();
    releases.shareRead =
        () -> {
          // the report runs in another thread: it may wait for the release (it must, if the
          // share is to go out), so wait for it only a while
          var f =
              pool.submit(
                  () -> releases.reportLost(OFFICER, true, Role.SECURITY_OFFICER, id, "bag lost"));
          report.set(f);
          try {
            f.get(1, java.util.concurrent.TimeUnit.SECONDS);
            returnedWhileReleasing.set(true);
          } catch (java.util.concurrent.TimeoutException e) {
            // waiting on the package row: as it should
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        };
    Releases.Released released = null;
    try {
      released = releases.release(id, answer);
    } catch (PackageRefused e) {
      assertThat(e.reason()).isEqualTo(Reason.PACKAGE_LOST);
    }
    Releases.ReportedLost lost = report.get().get(60, java.util.concurrent.TimeUnit.SECONDS);
    pool.shutdown();
    assertThat(lost.killed()).isTrue();
    Releases.Package status = releases.status(id);
    assertThat(status.state()).isEqualTo(Releases.State.LOST);
    if (released != null) {
      // the share went out: the report could not have finished first, and the record shows the
      // release, so the incident record does not claim a package no one could open
      assertThat(returnedWhileReleasing).isFalse();
      assertThat(status.released()).contains(released.releasedAt());
      assertThat(lost.released()).contains(released.releasedAt());
    }
  }

  @Test
  void theList_showsEachState_andSentNamesTheRecipient() throws Exception {
    String created = newId();
    made(created, "online", true, Duration.ofHours(72));
    String writing = newId();
    made(writing, "online", false, Duration.ofHours(72));
    String expiring = newId();
    made(expiring, "online", true, Duration.ofHours(1));
    clock.advance(Duration.ofHours(2));
    assertThat(releases.list(new TenantId(TENANT)))
        .extracting(p -> p.id() + " " + p.state().code())
        .containsExactlyInAnyOrder(
            created + " created", writing + " incomplete", expiring + " expired");
    assertThat(releases.list(new TenantId("other-city"))).isEmpty();
    assertThat(releases.sent(new TenantId(TENANT), "package:" + created))
        .get()
        .satisfies(s -> {
          assertThat(s.recipientName()).isEqualTo("給付システム");
          assertThat(s.purpose()).isEqualTo("benefit");
        });
    assertThat(releases.sent(new TenantId("other-city"), "package:" + created)).isEmpty();
    assertThat(releases.sent(new TenantId(TENANT), "R8-0001")).isEmpty();
  }
}
