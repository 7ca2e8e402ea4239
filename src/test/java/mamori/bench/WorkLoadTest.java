package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.number.CorporateNumber;
import mamori.number.IndividualNumber;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work benchmark's load generator against a fake desk in the pinned shapes: it parses the
 * answers, keys the true values so that double entries agree, disagrees on purpose now and then,
 * lets a verifier decide, and runs in a JVM of its own.
 */
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class WorkLoadTest {
  @TempDir Path dir;

  @Test
  void thePinnedShapes_areParsed() {
    // a task as TasksController answers it: a field's region is the path of its rendered PNG
    WorkLoad.NextTask t =
        WorkLoad.parseNext(
            """
            {"task":"T1","job":"J1","part":"payee","mode":"enter",
             "fields":[{"id":"payee_family_name","labelJa":"氏","labelEn":"Family name",
               "check":"text","required":true,"maxLength":40,
               "region":"/api/v1/tasks/T1/regions/payee_family_name"}],
             "heldUntil":"2026-12-06T10:00:00Z"}\
            """);
    assertThat(t)
        .isEqualTo(
            new WorkLoad.NextTask(
                "T1",
                "enter",
                List.of(
                    new WorkLoad.TaskField(
                        "payee_family_name",
                        "text",
                        "/api/v1/tasks/T1/regions/payee_family_name"))));
    WorkLoad.EntryAnswer a =
        WorkLoad.parseEntry("{\"task\":\"T1\",\"state\":\"verify\",\"side\":2}");
    assertThat(a.state()).isEqualTo("verify");
    assertThat(a.side()).isEqualTo("2");
    assertThat(WorkLoad.parseEntry("{\"task\":\"T1\",\"state\":\"done\"}").side()).isNull();
    assertThat(WorkLoad.body(Map.of("a", "1"))).isEqualTo("{\"values\":{\"a\":\"1\"}}");
  }

  @Test
  void aDeliberateDisagreement_isAnotherValueThatStillPassesItsCheck() {
    String number =
        IndividualNumber.withCheckDigit("12345678901")
            .digits(mamori.number.InsecureNumberAccess.get());
    String other = WorkLoad.otherValue("individual-number", number);
    assertThat(other.equals(number)).isFalse();
    assertThat(IndividualNumber.tryParse(other)).isPresent();
    String corporate = "7123456789012";
    String otherCorporate = WorkLoad.otherValue("corporate-number", corporate);
    assertThat(otherCorporate).isNotEqualTo(corporate);
    assertThat(CorporateNumber.tryParse(otherCorporate)).isPresent();
    assertThat(WorkLoad.otherValue("amount", "1000")).isEqualTo("2000");
    assertThat(WorkLoad.otherValue("date", "1980-12-31")).isEqualTo("1981-01-01");
    assertThat(WorkLoad.otherValue("kana", "ヤマダ")).isEqualTo("ヤマダア");
  }

  @Test
  void theLoad_keysEveryTask_twiceAlike_andAVerifierDecidesTheDisagreements() throws Exception {
    try (FakeDesk desk = new FakeDesk(60, Set.of("ve1"))) {
      WorkLoad load =
          new WorkLoad(
              new WorkLoad.Config(
                  desk.base(),
                  FakeDesk.JOB,
                  List.of("op1", "op2", "op3", "op4"),
                  List.of("ve1"),
                  desk.answers,
                  // the 60 tasks take well under a second on an idle machine; five leave room
                  // for a busy one, since every task must be decided within the run
                  5,
                  0,
                  0.3,
                  true,
                  7));
      WorkLoad.Result r = load.run();
      assertThat(desk.problems).isEmpty();
      assertThat(desk.state.values()).as("every task decided").containsOnly("done");
      assertThat(desk.accepted).isEqualTo(desk.answers);
      assertThat(r.decided()).isEqualTo(60);
      assertThat(r.disagreements()).isPositive().isLessThan(60);
      assertThat(r.verified()).isEqualTo(r.disagreements());
      assertThat(r.failures()).isZero();
      assertThat(r.regions()).isGreaterThanOrEqualTo(2 * 2 * 60);
      assertThat(r.p99Millis()).isPositive();

      StringWriter printed = new StringWriter();
      r.print(new PrintWriter(printed));
      WorkLoad.Result parsed = WorkLoad.Result.parse(printed.toString().lines().toList());
      assertThat(parsed.decided()).isEqualTo(r.decided());
      assertThat(parsed.requests()).isEqualTo(r.requests());
      assertThat(parsed.verified()).isEqualTo(r.verified());
      assertThat(parsed.p99Millis())
          .isCloseTo(r.p99Millis(), org.assertj.core.data.Offset.offset(0.01));
    }
  }

  @Test
  void theLoad_runsInAJvmOfItsOwn() throws Exception {
    try (FakeDesk desk = new FakeDesk(20, Set.of("ve1"))) {
      Path tokens = dir.resolve("tokens");
      Files.writeString(tokens, "enter op1\nenter op2\nverify ve1\n");
      Path answers = dir.resolve("answers.jsonl");
      WorkLoad.writeAnswers(answers, desk.answers);
      assertThat(WorkLoad.readAnswers(answers)).isEqualTo(desk.answers);
      WorkLoad.Result r =
          WorkBench.launch(
              dir,
              desk.base(),
              FakeDesk.JOB,
              tokens,
              answers,
              new WorkBench.Options(20, 2, 1, 2, 0, 0.2, false));
      assertThat(r.decided()).isEqualTo(20);
      assertThat(r.regions()).isZero();
      assertThat(desk.accepted).isEqualTo(desk.answers);
      assertThat(r.failures()).isZero();
    }
  }

  @Test
  void quantiles_ofNanoseconds_areMilliseconds() {
    assertThat(WorkLoad.quantile(new long[] {1_000_000, 2_000_000, 3_000_000}, 0.5)).isEqualTo(2.0);
    assertThat(WorkLoad.quantile(new long[0], 0.99)).isZero();
  }
}
