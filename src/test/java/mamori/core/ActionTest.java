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
            "list.create",
            "person.tag",
            "person.untag");
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
  void onlyTheFiveWorkActions_areEntrustable() {
    assertThat(EnumSet.allOf(Action.class).stream().filter(Action::entrustable))
        .containsExactly(Action.READ, Action.ENTER, Action.VERIFY, Action.PRINT, Action.PACKAGE);
  }
}
