package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import mamori.core.Action;
import org.junit.jupiter.api.Test;

/** The one mapping of a task's state to the mode it is worked in, and of a mode to its action. */
class DeskModeTest {
  @Test
  void aTaskWaitingForAVerifier_isVerified_everyOtherIsEntered() {
    assertThat(Desk.Mode.of(Task.State.VERIFY)).isEqualTo(Desk.Mode.VERIFY);
    assertThat(Desk.Mode.of(Task.State.ENTRY)).isEqualTo(Desk.Mode.ENTER);
    assertThat(Desk.Mode.of(Task.State.DONE)).isEqualTo(Desk.Mode.ENTER);
  }

  @Test
  void eachMode_hasItsAction_itsCode_andTheStateOfTheTasksItIsGiven() {
    assertThat(Desk.Mode.ENTER.action()).isEqualTo(Action.ENTER);
    assertThat(Desk.Mode.VERIFY.action()).isEqualTo(Action.VERIFY);
    assertThat(Desk.Mode.ENTER.code()).isEqualTo("enter");
    assertThat(Desk.Mode.VERIFY.code()).isEqualTo("verify");
    for (Desk.Mode m : Desk.Mode.values()) {
      assertThat(Desk.Mode.of(m.state())).isEqualTo(m);
    }
  }
}
