package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import mamori.access.AccessException;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Closing and reopening a job ({@link JobChanges#setState}): logged first as job.change, for the
 * controller's admin and officer only; a closed job gives no task (the desk refuses job.closed) and
 * takes no document (the intake refuses job.closed); reopened, it gives its tasks again.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class JobStateTest extends DeskTestBase {
  static Principal city(String user, Role role) {
    return new Principal(new UserId(user), T, new OrganisationId(TENANT), role, "test:" + user);
  }

  JobChanges changes() {
    return new JobChanges(work, entrustments, logs, clock);
  }

  List<String> changeRecords() {
    return records().stream()
        .filter(r -> r.action().equals("job.change"))
        .map(r -> r.caseRef() + " " + r.decision() + " " + r.actor())
        .toList();
  }

  @Test
  void aClosedJob_givesNoTask_andTakesNoDocument_untilReopened() {
    document(JOB);
    assertThat(desk.next(OP1, JOB)).isPresent();
    Job closed =
        changes().setState(city("officer-1", Role.SECURITY_OFFICER), JOB.value(), Job.State.CLOSED);
    assertThat(closed.state()).isEqualTo(Job.State.CLOSED);
    assertThat(work.job(T, JOB).orElseThrow().state()).isEqualTo(Job.State.CLOSED);
    assertThat(changeRecords()).containsExactly("job-desk-test/closed allow officer-1");
    // the desk reads the job again within half a minute
    clock.advance(Duration.ofSeconds(31));
    assertThatThrownBy(() -> desk.next(OP2, JOB))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JOB_CLOSED));
    assertThatThrownBy(() -> desk.next(VER, JOB))
        .isInstanceOfSatisfying(
            AccessException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JOB_CLOSED));
    Jobs intake =
        new Jobs(
            work, new DocumentTypes(work, logs, clock), keys, (t, purpose) -> true, logs, clock);
    assertThatThrownBy(() ->
            intake.addDocuments(
                city("officer-1", Role.SECURITY_OFFICER),
                JOB,
                List.of(new Upload("a.png", png())),
                n -> {}))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("job.closed"));
    assertThat(work.documentCounts(T, JOB).values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(1);
    // closing it again changes and logs nothing; a deadline cannot be set while closed
    changes().setState(city("admin-1", Role.ORG_ADMIN), JOB.value(), Job.State.CLOSED);
    assertThat(changeRecords()).hasSize(1);
    // reopened, the desk gives its tasks again: the operator holding the document's number part
    // gets it back (its other parts wait until the number is decided)
    Job open = changes().setState(city("admin-1", Role.ORG_ADMIN), JOB.value(), Job.State.OPEN);
    assertThat(open.state()).isEqualTo(Job.State.OPEN);
    assertThat(changeRecords()).last().isEqualTo("job-desk-test/open allow admin-1");
    clock.advance(Duration.ofSeconds(31));
    assertThat(desk.next(OP1, JOB)).isPresent();
  }

  @Test
  void onlyTheControllersAdminAndOfficer_closeAJob_refusalsLogged() {
    for (Principal p :
        List.of(
            city("auditor-1", Role.AUDITOR),
            city("staff-1", Role.STAFF),
            new Principal(
                new UserId("boss"), T, new OrganisationId("entry-co"), Role.ORG_ADMIN, "test:boss"),
            OP1)) {
      assertThatThrownBy(() -> changes().setState(p, JOB.value(), Job.State.CLOSED))
          .isInstanceOfSatisfying(
              JobException.class, e -> assertThat(e.code()).isEqualTo("role.not-allowed"));
    }
    assertThat(work.job(T, JOB).orElseThrow().state()).isEqualTo(Job.State.OPEN);
    assertThat(changeRecords())
        .hasSize(4)
        .allMatch(r -> r.startsWith("job-desk-test/closed deny:role.not-allowed"));
    // a job of no such id is unknown
    assertThatThrownBy(() ->
            changes()
                .setState(
                    city("officer-1", Role.SECURITY_OFFICER), "job-nowhere", Job.State.CLOSED))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.code()).isEqualTo("job.unknown"));
  }

  @Test
  void readingAJob_asksTheCallersRightFirst_asTheJobsServiceDoes() {
    Principal staff = city("staff-1", Role.STAFF);
    Principal contractor =
        new Principal(
            new UserId("c-admin"), T, new OrganisationId("entry-co"), Role.ORG_ADMIN, "test");
    for (String id : List.of(JOB.value(), "job-none", "NOT A JOB")) {
      assertThatThrownBy(() -> changes().job(staff, id))
          .as("a staff member learns nothing of which jobs exist")
          .isInstanceOfSatisfying(
              JobException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
      assertThatThrownBy(() -> changes().job(contractor, id))
          .isInstanceOfSatisfying(
              JobException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER));
    }
    Principal auditor = city("auditor-1", Role.AUDITOR);
    assertThat(changes().job(auditor, JOB.value()).id()).isEqualTo(JOB);
    assertThatThrownBy(() -> changes().job(auditor, "job-none"))
        .isInstanceOfSatisfying(
            JobException.class, e -> assertThat(e.reason()).isEqualTo(Reason.JOB_UNKNOWN));
    assertThat(changes().jobs(auditor)).extracting(Job::id).contains(JOB);
    assertThatThrownBy(() -> changes().jobs(contractor))
        .isInstanceOfSatisfying(
            JobException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER));
  }
}
