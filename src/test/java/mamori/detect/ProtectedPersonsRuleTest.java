package mamori.detect;

import static mamori.detect.Records.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.core.Severity;
import mamori.core.TenantId;
import org.junit.jupiter.api.Test;

class ProtectedPersonsRuleTest {
  static final Instant T0 = Instant.parse("2026-04-01T01:00:00Z");

  /** The protected set as a fixed set of tokens per tag, counting how often it is asked. */
  static final class Fixed extends ProtectedPersons {
    final List<String> asked = new ArrayList<>();
    final List<TenantId> changed = new ArrayList<>();
    Set<String> tokens;

    Fixed(Set<String> tokens) {
      super((t, tag) -> Set.of(), Clock.systemUTC());
      this.tokens = tokens;
    }

    @Override
    boolean holds(TenantId tenant, PersonTag tag, String token) {
      asked.add(tag.text());
      return tokens.contains(tag.text() + "/" + token);
    }

    @Override
    void changed(TenantId tenant) {
      changed.add(tenant);
    }
  }

  @Test
  void anyAccessToAProtectedPerson_raises_othersDoNot() {
    Fixed set = new Fixed(Set.of("protected/" + person(7)));
    ProtectedPersonsRule rule = new ProtectedPersonsRule(set);
    assertThat(feed(rule, settings(), 0, List.of(read("op", person(6), T0)))).isEmpty();
    List<Finding> f = feed(rule, settings(), 1, List.of(read("op", person(7), T0)));
    assertThat(f).hasSize(1);
    Finding a = f.getFirst();
    assertThat(a.rule()).isEqualTo("detect.protected");
    assertThat(a.subject()).isEqualTo("person:" + person(7));
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.policy()).isEqualTo(AlertPolicy.NOTIFY);
    assertThat(a.evidence()).containsExactly(1L);
    assertThat(a.detail()).isEqualTo("read of a person tagged protected by op of data-co (allow)");
    // a refusal is an access too
    assertThat(
            feed(
                rule,
                settings(),
                2,
                List.of(
                    record(
                        "op",
                        CONTRACTOR,
                        List.of(),
                        Action.PRINT,
                        person(7),
                        mamori.core.Outcome.denied(Reason.PERSON_OUT_OF_SCOPE),
                        T0))))
        .hasSize(1);
  }

  @Test
  void theTagIsATenantSetting() {
    Fixed set = new Fixed(Set.of("dv/" + person(7)));
    ProtectedPersonsRule rule = new ProtectedPersonsRule(set);
    assertThat(feed(rule, settings(), 0, List.of(read("op", person(7), T0)))).isEmpty();
    assertThat(
            feed(
                rule,
                settings("detect.protected.tag", "dv"),
                0,
                List.of(read("op", person(7), T0))))
        .hasSize(1);
    assertThat(set.asked).containsExactly("protected", "dv");
  }

  @Test
  void taggingTellsTheSet_andIsNoAccess() {
    Fixed set = new Fixed(Set.of("protected/" + person(7)));
    ProtectedPersonsRule rule = new ProtectedPersonsRule(set);
    var tag =
        record("officer", TENANT.value(), List.of(), Action.PERSON_TAG, person(7), allowed(), T0);
    assertThat(feed(rule, settings(), 0, List.of(tag))).isEmpty();
    assertThat(set.changed).containsExactly(TENANT);
    assertThat(set.asked).isEmpty();
  }

  @Test
  void noPersonTheSystemAndReplays_areNotAsked() {
    Fixed set = new Fixed(Set.of("protected/" + person(7)));
    ProtectedPersonsRule rule = new ProtectedPersonsRule(set);
    assertThat(
            feed(
                rule, settings(), 0, List.of(list("op", T0), read("mamori.detect", person(7), T0))))
        .isEmpty();
    assertThat(rule.test(new Seen(TENANT, 0, read("op", person(7), T0), true), settings()))
        .isEmpty();
    assertThat(set.asked).isEmpty();
  }
}
