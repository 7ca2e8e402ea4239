package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reasons and their codes, which the log, the API and the pages' messages share. */
class ReasonTest {
  @Test
  void eachCode_isUnique_andReadsBack() {
    assertThat(Arrays.stream(Reason.values()).map(Reason::code))
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[a-z]+\\.[a-z-]+"));
    for (Reason r : Reason.values()) {
      assertThat(Reason.ofCode(r.code())).contains(r);
    }
    assertThat(Reason.ofCode("no-entrustment")).isEmpty();
  }

  @Test
  void theGatesCodes_areTheOnesAnsweredToday() {
    assertThat(Reason.CHAIN_NOT_APPROVED.code()).isEqualTo("chain.not-approved");
    assertThat(Reason.PERSON_NOT_FOUND.code()).isEqualTo("person.not-found");
    assertThat(Reason.ORGANISATION_NOT_CONTROLLER.code()).isEqualTo("organisation.not-controller");
    assertThat(Reason.ADVANCE_CONDITIONS_MISSING.code()).isEqualTo("advance.conditions-missing");
    assertThat(Reason.NETWORK_NOT_REGISTERED.code()).isEqualTo("network.not-registered");
    assertThat(Reason.ORGANISATION_NOT_OWN.code()).isEqualTo("organisation.not-own");
    assertThat(Reason.REGISTRY_TAKEN.code()).isEqualTo("registry.taken");
    assertThat(Reason.STAFF_NOT_LISTED.code()).isEqualTo("staff.not-listed");
    assertThat(Reason.STAFF_NOT_USER.code()).isEqualTo("staff.not-user");
    assertThat(Reason.CONTRACT_NOT_PARTY.code()).isEqualTo("contract.not-party");
    assertThat(Reason.CONTRACT_NONE.code()).isEqualTo("contract.none");
    assertThat(Reason.USER_NOT_OWN_ORGANISATION.code()).isEqualTo("user.not-own-organisation");
  }

  @Test
  void theCodesOfJobsAndOfTheWebEdge_areReasons() {
    assertThat(Reason.ofCode("job.taken")).contains(Reason.JOB_TAKEN);
    assertThat(Reason.ofCode("type.busy")).contains(Reason.TYPE_BUSY);
    assertThat(Reason.ofCode("request.invalid")).contains(Reason.REQUEST_INVALID);
    assertThat(Reason.ofCode("request.upload-not-allowed"))
        .contains(Reason.REQUEST_UPLOAD_NOT_ALLOWED);
    assertThat(Reason.ofCode("request.uploads-busy")).contains(Reason.REQUEST_UPLOADS_BUSY);
  }
}
