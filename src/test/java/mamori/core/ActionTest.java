package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Actions and the codes the log writes; the codes are wire values and must not change. */
class ActionTest {
  @Test
  void theCodes_areTheOnesInTheLog() {
    assertThat(Arrays.stream(Action.values()).map(Action::code))
        .containsExactly(
            "read",
            "enter",
            "verify",
            "print",
            "package",
            "list",
            "find",
            "handover",
            "register",
            "update",
            "erase",
            "history",
            "signin",
            "register.generate",
            "entrustment.create",
            "entrustment.approve",
            "entrustment.approve-advance",
            "entrustment.suspend",
            "entrustment.resume",
            "entrustment.revoke",
            "keys.rotate",
            "user.add",
            "user.disable",
            "user.unlock",
            "user.end-sessions",
            "user.reset-factor",
            "token.issue",
            "token.revoke",
            "organisation.add",
            "organisation.change",
            "purpose.add",
            "purpose.change",
            "signout",
            "token.lifetime",
            "token.use",
            "setting.set",
            "entrustment.staff-change",
            "entrustment.contract-upload",
            "entrustment.contract-download",
            "tenant.create",
            "user.enrolment-issue",
            "user.enrol",
            "list.create",
            "person.tag",
            "person.untag",
            "alert.acknowledge",
            "alert.assign",
            "alert.close",
            "detect.rules-load",
            "incident.open",
            "incident.change",
            "incident.affected",
            "incident.report-save",
            "incident.report-submit",
            "incident.notice",
            "incident.evidence-export",
            "incident.close",
            "work.type-load",
            "job.create",
            "job.documents-add",
            "job.change",
            "task.view",
            "document.accept",
            "recipient.add",
            "recipient.revoke",
            "package.release",
            "package.report-lost",
            "package.open",
            "sender.add",
            "transfer.key-create",
            "handover.acknowledge",
            "page.return",
            "found.report",
            "found.decide",
            "retention.basis",
            "retention.propose",
            "retention.approve",
            "retention.cancel",
            "retention.standing",
            "retention.hold",
            "retention.lift",
            "retention.run",
            "keys.retire",
            "log.audit");
  }

  @Test
  void eachCode_readsBack_andAnUnknownOneIsEmpty() {
    for (Action a : Action.values()) {
      assertThat(Action.ofCode(a.code())).contains(a);
    }
    assertThat(Action.ofCode("READ")).isEmpty();
    assertThat(Action.ofCode("work.split")).isEmpty();
  }

  @Test
  void administration_isEveryActOnTheSystem_andNoWorkOnPersons() {
    assertThat(EnumSet.allOf(Action.class).stream().filter(Action::administrative))
        .containsExactlyInAnyOrder(
            Action.ENTRUSTMENT_CREATE,
            Action.ENTRUSTMENT_APPROVE,
            Action.ENTRUSTMENT_APPROVE_ADVANCE,
            Action.ENTRUSTMENT_SUSPEND,
            Action.ENTRUSTMENT_RESUME,
            Action.ENTRUSTMENT_REVOKE,
            Action.KEYS_ROTATE,
            Action.USER_ADD,
            Action.USER_DISABLE,
            Action.USER_UNLOCK,
            Action.USER_END_SESSIONS,
            Action.USER_RESET_FACTOR,
            Action.TOKEN_ISSUE,
            Action.TOKEN_REVOKE,
            Action.ORGANISATION_ADD,
            Action.ORGANISATION_CHANGE,
            Action.PURPOSE_ADD,
            Action.PURPOSE_CHANGE,
            Action.TOKEN_LIFETIME,
            Action.SETTING_SET,
            Action.ENTRUSTMENT_STAFF_CHANGE,
            Action.ENTRUSTMENT_CONTRACT_UPLOAD,
            Action.ENTRUSTMENT_CONTRACT_DOWNLOAD,
            Action.TENANT_CREATE,
            Action.USER_ENROLMENT_ISSUE,
            Action.USER_ENROL,
            Action.LIST_CREATE,
            Action.PERSON_TAG,
            Action.PERSON_UNTAG,
            Action.ALERT_ACKNOWLEDGE,
            Action.ALERT_ASSIGN,
            Action.ALERT_CLOSE,
            Action.DETECT_RULES_LOAD,
            Action.INCIDENT_OPEN,
            Action.INCIDENT_CHANGE,
            Action.INCIDENT_AFFECTED,
            Action.INCIDENT_REPORT_SAVE,
            Action.INCIDENT_REPORT_SUBMIT,
            Action.INCIDENT_NOTICE,
            Action.INCIDENT_EVIDENCE_EXPORT,
            Action.INCIDENT_CLOSE,
            Action.WORK_TYPE_LOAD,
            Action.JOB_CREATE,
            Action.JOB_DOCUMENTS_ADD,
            Action.JOB_CHANGE,
            Action.RECIPIENT_ADD,
            Action.RECIPIENT_REVOKE,
            Action.PACKAGE_REPORT_LOST,
            Action.SENDER_ADD,
            Action.TRANSFER_KEY_CREATE,
            Action.HANDOVER_ACKNOWLEDGE,
            Action.PAGE_RETURN,
            Action.FOUND_REPORT,
            Action.FOUND_DECIDE,
            Action.RETENTION_BASIS,
            Action.RETENTION_PROPOSE,
            Action.RETENTION_APPROVE,
            Action.RETENTION_CANCEL,
            Action.RETENTION_STANDING,
            Action.RETENTION_HOLD,
            Action.RETENTION_LIFT,
            Action.RETENTION_RUN,
            Action.KEYS_RETIRE,
            Action.LOG_AUDIT);
    assertThat(Action.READ.administrative()).isFalse();
    assertThat(Action.SIGNOUT.administrative()).isFalse();
    assertThat(Action.TOKEN_USE.administrative()).isFalse();
    assertThat(Action.SIGNIN.administrative()).isFalse();
    assertThat(Action.ERASE.administrative()).isFalse();
  }

  @Test
  void onlyTheFiveWorkActions_areEntrustable() {
    assertThat(EnumSet.allOf(Action.class).stream().filter(Action::entrustable))
        .containsExactly(Action.READ, Action.ENTER, Action.VERIFY, Action.PRINT, Action.PACKAGE);
  }
}
