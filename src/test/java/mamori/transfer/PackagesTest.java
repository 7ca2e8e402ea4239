package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import mamori.access.AccessException;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.PackageCrypto;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Making a package through the gate, on SQLite and PostgreSQL: it opens with the recipient's key to
 * the very persons selected, every person is logged before the file exists, each refusal is logged
 * and leaves nothing, and a failure half-way leaves the row {@code writing} and no file.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PackagesTest extends PackagesTestBase {
  @Parameter TestStores.Kind kind;

  @Override
  TestStores.Kind kind() {
    return kind;
  }

  @Test
  void aPackageOfEveryone_opensWithTheRecipientsKey_toThePersonsOfTheVault() throws Exception {
    List<PersonData> persons = register(300, 1);
    Path out = outDir.resolve("p.mpkg");

    Packages.Created made =
        packages.create(CLERK, everyone(ALL_FIELDS), out, Packages.Progress.NONE);

    assertThat(made.persons()).isEqualTo(300);
    assertThat(made.file()).isEqualTo(out).exists();
    assertThat(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out))))
        .isEqualTo(made.sha256());
    assertThat(new HashSet<>(opened(out))).isEqualTo(new HashSet<>(persons));
    PackageReader r = PackageReader.open(out);
    Manifest m = r.manifest();
    assertThat(r.signedBy(signer.publicKey(new TenantId(TENANT)))).isTrue();
    assertThat(m.persons()).isEqualTo(300);
    assertThat(m.fields())
        .containsExactlyElementsOf(ALL_FIELDS.stream().map(Field::column).toList());
    assertThat(m.release()).isEqualTo(Manifest.Mode.ONLINE);
    assertThat(m.sender().releaseUrl()).isEqualTo("http://127.0.0.1:8080");
    assertThat(m.recipient().keyFingerprint())
        .isEqualTo(PackageCrypto.fingerprint(recipientKey.publicKey()));
    assertThat(m.expires()).isEqualTo(NOW.plus(Duration.ofHours(72)));
    assertThat(m.log().size()).isEqualTo(logSize()).isEqualTo(made.logSize());
    Releases.Package row = releases.find(new TenantId(TENANT), made.id()).orElseThrow();
    assertThat(row.state()).isEqualTo(Releases.State.CREATED);
    assertThat(row.persons()).isEqualTo(300);
    assertThat(row.sha256()).contains(made.sha256());
    assertThat(row.logSize()).contains(m.log().size());
    assertThat(row.online()).isTrue();
    assertThat(row.selection()).isEqualTo("all");
    assertThat(row.fields()).containsExactlyElementsOf(m.fields());
    assertThat(Files.exists(Packages.partialOf(out))).isFalse();
    // 300 persons are past the staff member's alert threshold of 200 reads a day
    assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(mamori.access.BulkReading.class));
  }

  @Test
  void anOfflinePackage_carriesItsShare_andKeepsNoneInTheRow() throws Exception {
    List<PersonData> persons = register(70, 2);
    Path out = outDir.resolve("offline.mpkg");
    NewPackage n =
        new NewPackage(
            "benefits",
            new Why(PURPOSE, "R8-0002"),
            PersonSet.ALL,
            List.copyOf(mamori.vault.PersonCsvReader.requiredFields().stream().sorted().toList()),
            Duration.ofHours(72),
            true);

    Packages.Created made = packages.create(CLERK, n, out, Packages.Progress.NONE);

    assertThat(PackageReader.open(out).manifest().release()).isEqualTo(Manifest.Mode.OFFLINE);
    assertThat(opened(out))
        .extracting(PersonData::myNumber)
        .containsExactlyInAnyOrderElementsOf(persons.stream().map(PersonData::myNumber).toList());
    assertThat(
            store
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM transfer_package WHERE package_id = ? AND release_share IS NULL")
                .param(made.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void everyPerson_hasAPackageRecord_beforeAnyOfTheirBytesAndBeforeTheFileExists()
      throws Exception {
    register(300, 3);
    long before = logSize();
    Path out = outDir.resolve("logged.mpkg");
    long[] pages = {0};

    Packages.Created made =
        packages.create(
            CLERK,
            everyone(ALL_FIELDS),
            out,
            (written, logged, counted) -> {
              pages[0]++;
              assertThat(Files.exists(out)).isFalse();
              // the persons written are all in the log, and at most one page more is
              assertThat(logged).isGreaterThanOrEqualTo(written);
              assertThat(logged - written).isLessThanOrEqualTo(PAGE);
              long packageRecords =
                  records(before).stream().filter(r -> r.action().equals("package")).count();
              // the log runs at most one page ahead of what is written: never the whole selection
              assertThat(packageRecords).isBetween(written, written + PAGE);
            });

    assertThat(pages[0]).isEqualTo((300 + PAGE - 1) / PAGE);
    List<AccessRecord> logged = records(before);
    assertThat(logged).hasSize(300);
    Set<String> tokens = new HashSet<>();
    for (AccessRecord r : logged) {
      assertThat(r.action()).isEqualTo("package");
      assertThat(r.allowed()).isTrue();
      assertThat(r.actor()).isEqualTo("clerk");
      assertThat(r.purpose()).isEqualTo(PURPOSE);
      assertThat(r.caseRef()).isEqualTo("package:" + made.id());
      assertThat(r.fields())
          .containsExactlyInAnyOrderElementsOf(ALL_FIELDS.stream().map(Field::column).toList());
      tokens.add(r.personToken());
    }
    Set<String> vaultTokens =
        new HashSet<>(
            store
                .jdbc()
                .sql("SELECT token FROM person WHERE tenant_id = ?")
                .param(TENANT)
                .query(String.class)
                .list());
    assertThat(tokens).isEqualTo(vaultTokens);
  }

  @Test
  void aContractorWithPackageForAList_packagesThatList_throughItsChain() throws Exception {
    List<PersonData> persons = register(120, 4);
    Actor officer =
        new Actor(
            new UserId("officer"),
            new OrganisationId(TENANT),
            List.of(),
            new Why(PURPOSE, "lists"));
    List<String> members =
        persons.subList(0, 50).stream()
            .map(p -> p.myNumber().digits(mamori.number.InsecureNumberAccess.get()))
            .toList();
    vault.sets().createList(TENANT, officer, "benefit-2026", "給付対象", members);
    Principal op =
        contractor(
            "kyufu-co",
            new PersonSet.Listed("benefit-2026"),
            EnumSet.of(Action.READ, Action.PACKAGE),
            1000,
            ALL_FIELDS);
    long before = logSize();
    Path out = outDir.resolve("list.mpkg");

    Packages.Created made =
        packages.create(
            op,
            new NewPackage(
                "benefits",
                new Why(PURPOSE, "R8-0003"),
                new PersonSet.Listed("benefit-2026"),
                ALL_FIELDS,
                Duration.ofDays(30),
                false),
            out,
            Packages.Progress.NONE);

    assertThat(made.persons()).isEqualTo(50);
    assertThat(new HashSet<>(opened(out))).isEqualTo(new HashSet<>(persons.subList(0, 50)));
    List<AccessRecord> logged = records(before);
    assertThat(logged)
        .hasSize(50)
        .allSatisfy(r -> {
          assertThat(r.organisation()).isEqualTo("kyufu-co");
          assertThat(r.chain()).isNotEmpty();
        });
  }

  @Test
  void aJobsPackage_holdsThePersonsItsAcceptedDocumentsAreTiedTo() throws Exception {
    register(40, 5);
    List<Long> ids =
        store
            .jdbc()
            .sql("SELECT person_id FROM person WHERE tenant_id = ? ORDER BY person_id")
            .param(TENANT)
            .query(Long.class)
            .list();
    store
        .jdbc()
        .sql(
            "INSERT INTO work_job (tenant_id, job_id, name, purpose_id, type_id, type_version, deadline,"
                + " state, created_by, created_at) VALUES (?, 'j1', 'slips', ?, 't', 1, 0, 'open', 'clerk', 0)")
        .params(TENANT, PURPOSE)
        .update();
    for (int i = 0; i < 12; i++) {
      store
          .jdbc()
          .sql(
              "INSERT INTO work_document (tenant_id, document_id, job_id, seq, source, pages, data_key,"
                  + " state, person_id, loaded_at) VALUES (?, ?, 'j1', ?, 's.pdf', 1, ?, ?, ?, 0)")
          .params(
              TENANT,
              100 + i,
              i,
              new byte[] {1},
              i < 10 ? "accepted" : "open",
              ids.get(i % 5 * 3)) // ten accepted documents of five persons, two open
          .update();
    }
    Path out = outDir.resolve("job.mpkg");

    Packages.Created made =
        packages.create(
            CLERK,
            new NewPackage(
                "benefits",
                new Why(PURPOSE, "R8-0004"),
                new PersonSet.Job("j1"),
                ALL_FIELDS,
                Duration.ofHours(24),
                false),
            out,
            Packages.Progress.NONE);

    assertThat(made.persons()).isEqualTo(5);
    assertThat(opened(out)).hasSize(5);
  }

  // ---- refusals: each logged, no file, no row created

  @Test
  void anUnknownOrRevokedRecipient_isRefusedAndLogged() {
    register(10, 6);
    Path out = outDir.resolve("r.mpkg");
    NewPackage unknown =
        new NewPackage(
            "nobody", new Why(PURPOSE, "c"), PersonSet.ALL, ALL_FIELDS, Duration.ofHours(2), false);
    refused(
        () -> packages.create(CLERK, unknown, out, Packages.Progress.NONE),
        Reason.RECIPIENT_UNKNOWN,
        out);

    recipients.revoke(
        new Who(new UserId("officer"), new OrganisationId(TENANT), new TenantId(TENANT)),
        true,
        Role.SECURITY_OFFICER,
        "benefits");
    refused(
        () -> packages.create(CLERK, everyone(ALL_FIELDS), out, Packages.Progress.NONE),
        Reason.RECIPIENT_REVOKED,
        out);
  }

  @Test
  void fieldsLackingWhatTheImportRequires_areRefusedAndLogged() {
    register(10, 7);
    Path out = outDir.resolve("f.mpkg");
    refused(
        () ->
            packages.create(
                CLERK,
                everyone(List.of(Field.MY_NUMBER, Field.FAMILY_NAME)),
                out,
                Packages.Progress.NONE),
        Reason.PACKAGE_FIELDS,
        out);
  }

  @Test
  void aRoleThatDoesNotWorkOnPersonData_isRefused() {
    register(10, 8);
    Path out = outDir.resolve("role.mpkg");
    for (Role role : List.of(Role.AUDITOR, Role.SECURITY_OFFICER, Role.ORG_ADMIN)) {
      refused(
          () ->
              packages.create(
                  staff("x-" + role.name().toLowerCase(java.util.Locale.ROOT), role),
                  everyone(ALL_FIELDS),
                  out,
                  Packages.Progress.NONE),
          Reason.ROLE_NOT_ALLOWED,
          out);
    }
  }

  @Test
  void aContractor_withoutPackageOrOutsideItsSetOrAskingEveryone_isRefused() {
    List<PersonData> persons = register(30, 9);
    Actor officer =
        new Actor(
            new UserId("officer"),
            new OrganisationId(TENANT),
            List.of(),
            new Why(PURPOSE, "lists"));
    List<String> numbers =
        persons.stream()
            .map(p -> p.myNumber().digits(mamori.number.InsecureNumberAccess.get()))
            .toList();
    vault.sets().createList(TENANT, officer, "a", "A", numbers.subList(0, 10));
    vault.sets().createList(TENANT, officer, "b", "B", numbers.subList(10, 20));
    Path out = outDir.resolve("c.mpkg");
    Principal reader =
        contractor(
            "read-only", new PersonSet.Listed("a"), EnumSet.of(Action.READ), 1000, ALL_FIELDS);
    refused(
        () -> packages.create(reader, ofList("a"), out, Packages.Progress.NONE),
        Reason.ACTION_NOT_ALLOWED,
        out);

    Principal packer =
        contractor(
            "packer", new PersonSet.Listed("a"), EnumSet.of(Action.PACKAGE), 1000, ALL_FIELDS);
    refused(
        () -> packages.create(packer, ofList("b"), out, Packages.Progress.NONE),
        Reason.PERSON_OUT_OF_SCOPE,
        out);
    refused(
        () -> packages.create(packer, everyone(ALL_FIELDS), out, Packages.Progress.NONE),
        Reason.ORGANISATION_NOT_CONTROLLER,
        out);
    refused(
        () ->
            packages.create(
                packer,
                new NewPackage(
                    "benefits",
                    new Why(PURPOSE, "c"),
                    new PersonSet.Tagged(PersonTag.parse("ward=kita")),
                    ALL_FIELDS,
                    Duration.ofHours(2),
                    false),
                out,
                Packages.Progress.NONE),
        Reason.PERSON_OUT_OF_SCOPE,
        out);

    Principal masked =
        contractor(
            "few-fields",
            new PersonSet.Listed("a"),
            EnumSet.of(Action.PACKAGE),
            1000,
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME));
    refused(
        () -> packages.create(masked, ofList("a"), out, Packages.Progress.NONE),
        Reason.FIELD_OUT_OF_SCOPE,
        out);
  }

  @Test
  void aPackageBeyondTheDailyVolume_isRefusedWhole_andCountsNothing() {
    register(60, 10);
    Path out = outDir.resolve("v.mpkg");
    new TenantSettings(store.dataSource()).set(new TenantId(TENANT), "staff.daily-reads", "50");
    refused(
        () -> packages.create(CLERK, everyone(ALL_FIELDS), out, Packages.Progress.NONE),
        Reason.VOLUME_EXCEEDED,
        out);
    assertThat(entrustments.countOwn(TENANT, "clerk", TODAY)).isZero();
    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(mamori.access.AccessDenied.class));

    Principal capped =
        contractor("capped", PersonSet.ALL, EnumSet.of(Action.PACKAGE), 59, ALL_FIELDS);
    Actor officer =
        new Actor(
            new UserId("officer"),
            new OrganisationId(TENANT),
            List.of(),
            new Why(PURPOSE, "lists"));
    List<String> tokens =
        store
            .jdbc()
            .sql("SELECT token FROM person WHERE tenant_id = ?")
            .param(TENANT)
            .query(String.class)
            .list();
    vault.sets().createList(TENANT, officer, "all-60", "all", tokens);
    refused(
        () -> packages.create(capped, ofList("all-60"), out, Packages.Progress.NONE),
        Reason.VOLUME_EXCEEDED,
        out);
  }

  @Test
  void aFailureHalfway_leavesTheRowWriting_noFile_andGivesBackWhatWasNotLogged() throws Exception {
    register(300, 11);
    Path out = outDir.resolve("fail.mpkg");
    int[] pages = {0};

    assertThatThrownBy(() ->
            packages.create(
                CLERK,
                everyone(ALL_FIELDS),
                out,
                (w, l, c) -> {
                  if (++pages[0] == 2) {
                    throw new IllegalStateException("killed");
                  }
                }))
        .hasMessage("killed");

    assertThat(states()).containsExactly("writing");
    assertThat(out).doesNotExist();
    assertThat(Packages.partialOf(out)).doesNotExist();
    try (var files = Files.list(outDir)) {
      assertThat(files).isEmpty();
    }
    // what was logged stays counted (three pages: two written, one logged ahead), the rest not
    long logged = records(0).stream().filter(r -> r.action().equals("package")).count();
    assertThat(logged).isBetween(2L * PAGE, 3L * PAGE);
    assertThat(entrustments.countOwn(TENANT, "clerk", TODAY)).isEqualTo(logged);
  }

  @Test
  void aFileWhoseRowCannotBeMarkedCreated_isRemoved() throws Exception {
    register(100, 13);
    Path out = outDir.resolve("unmarked.mpkg");

    assertThatThrownBy(() ->
            packages.create(
                CLERK,
                everyone(ALL_FIELDS),
                out,
                (w, l, c) -> {
                  if (w == 100) {
                    // the row changes under the writer (say, another process took it)
                    store.jdbc().sql("UPDATE transfer_package SET state = 'lost'").update();
                  }
                }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(out).doesNotExist();
    assertThat(states()).containsExactly("lost");
  }

  @Test
  void expiriesOutOfRange_andAMissingReleaseAddress_areRefusedBeforeAnything() {
    register(5, 12);
    Path out = outDir.resolve("e.mpkg");
    long before = logSize();
    for (NewPackage n :
        List.of(
            new NewPackage(
                "benefits",
                new Why(PURPOSE, "c"),
                PersonSet.ALL,
                ALL_FIELDS,
                Duration.ofDays(31),
                false),
            new NewPackage(
                "benefits",
                new Why(PURPOSE, "c"),
                PersonSet.ALL,
                ALL_FIELDS,
                Duration.ofHours(73),
                true),
            new NewPackage(
                "benefits",
                new Why(PURPOSE, "c"),
                PersonSet.ALL,
                ALL_FIELDS,
                Duration.ofMinutes(59),
                false))) {
      assertThatThrownBy(() -> packages.create(CLERK, n, out, Packages.Progress.NONE))
          .isInstanceOf(IllegalArgumentException.class);
    }
    store.jdbc().sql("DELETE FROM tenant_setting WHERE tenant_id = ?").param(TENANT).update();
    assertThatThrownBy(
            () -> packages.create(CLERK, everyone(ALL_FIELDS), out, Packages.Progress.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transfer.release-url");
    assertThat(logSize()).isEqualTo(before);
    assertThat(states()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void aPackageId_neverHoldsTwelveDigitsInARow() {
    for (int i = 0; i < 2_000; i++) {
      String id = Packages.packageId();
      assertThat(id).matches("[0-9a-f]{32}");
      assertThat(mamori.core.NumberText.holdsNumber(id)).isFalse();
    }
  }

  NewPackage ofList(String id) {
    return new NewPackage(
        "benefits",
        new Why(PURPOSE, "R8-list"),
        new PersonSet.Listed(id),
        ALL_FIELDS,
        Duration.ofHours(2),
        false);
  }

  /** {@code call} is refused for {@code reason}: one denial record, no file, no row created. */
  void refused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason, Path out) {
    long before = logSize();
    assertThatThrownBy(call)
        .satisfies(e -> {
          Reason got = e instanceof PackageRefused r ? r.reason() : ((AccessException) e).reason();
          assertThat(got).isEqualTo(reason);
        });
    List<AccessRecord> logged = records(before);
    assertThat(logged).hasSize(1);
    assertThat(logged.getFirst().action()).isEqualTo("package");
    assertThat(logged.getFirst().reason()).contains(reason);
    assertThat(out).doesNotExist();
    assertThat(states()).doesNotContain("created");
  }
}
