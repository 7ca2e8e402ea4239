package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import mamori.core.PersonTag;
import org.junit.jupiter.api.Test;

class PersonSetTest {
  static final PersonSet KITA = PersonSet.parse("tag:ward=kita");
  static final PersonSet LIST = PersonSet.parse("list:kita-2026");

  @Test
  void eachSet_readsBackFromItsText() {
    for (String text :
        new String[] {"all", "tag:ward=kita", "tag:needs-braille", "list:kita-2026", "job:j-7"}) {
      assertThat(PersonSet.parse(text).text()).isEqualTo(text);
    }
    assertThat(PersonSet.parse("all")).isSameAs(PersonSet.ALL);
    assertThat(KITA).isEqualTo(new PersonSet.Tagged(PersonTag.parse("ward=kita")));
    assertThat(LIST).isEqualTo(new PersonSet.Listed("kita-2026"));
    assertThat(PersonSet.parse("job:j-7")).isEqualTo(new PersonSet.Job("j-7"));
    assertThat(PersonSet.parse("tag: ward = kita")).isEqualTo(KITA);
  }

  @Test
  void aSegment_ofEarlierVersions_isReadAsTheSameTag() {
    assertThat(PersonSet.parse("segment:ward=kita")).isEqualTo(KITA);
    assertThat(PersonSet.parse("segment:ward=kita").text()).isEqualTo("tag:ward=kita");
    assertThat(EntrustmentTable.persons("SEGMENT", "ward=kita")).isEqualTo(KITA);
    assertThat(EntrustmentTable.persons("TAG", "ward=kita")).isEqualTo(KITA);
  }

  @Test
  void aStoredSet_readsBackAsItWasWritten() {
    for (PersonSet s : new PersonSet[] {PersonSet.ALL, KITA, LIST, new PersonSet.Job("j-7")}) {
      assertThat(
              EntrustmentTable.persons(
                  EntrustmentTable.personKind(s), EntrustmentTable.personRef(s)))
          .isEqualTo(s);
    }
    assertThat(EntrustmentTable.personKind(KITA)).isEqualTo("TAG");
    assertThat(EntrustmentTable.personRef(KITA)).isEqualTo("ward=kita");
    assertThat(EntrustmentTable.personKind(LIST)).isEqualTo("LIST");
    assertThat(EntrustmentTable.personRef(LIST)).isEqualTo("kita-2026");
    assertThat(EntrustmentTable.personKind(PersonSet.ALL)).isEqualTo("ALL");
    assertThat(EntrustmentTable.personRef(PersonSet.ALL)).isEmpty();
    assertThat(EntrustmentTable.personKind(new PersonSet.Job("j"))).isEqualTo("JOB");
  }

  @Test
  void anyOtherText_isRefused() {
    for (String bad :
        new String[] {
          "",
          "ALL",
          "everyone",
          "tag:",
          "tag:=kita",
          "list:",
          "list:Kita",
          "list:a b",
          "job:",
          "segment:",
          "kita",
          "tag:ward=\nkita"
        }) {
      assertThatThrownBy(() -> PersonSet.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> PersonSet.parse("nope"))
        .hasMessage("a person set is all, tag:NAME, tag:NAME=VALUE, list:ID or job:ID");
    assertThatThrownBy(() -> new PersonSet.Listed("x".repeat(65)))
        .hasMessage("a list id is 1 to 64 of a-z, 0-9 and '-'");
    assertThat(new PersonSet.Listed("x".repeat(64)).listId()).hasSize(64);
  }

  @Test
  void aSetLiesWithinAll_andWithinItself_andNoOtherTagOrList() {
    PersonSet minami = PersonSet.parse("tag:ward=minami");
    PersonSet ward = PersonSet.parse("tag:ward");
    assertThat(KITA.within(PersonSet.ALL)).isTrue();
    assertThat(LIST.within(PersonSet.ALL)).isTrue();
    assertThat(PersonSet.ALL.within(PersonSet.ALL)).isTrue();
    assertThat(KITA.within(PersonSet.parse("segment:ward=kita"))).isTrue();
    assertThat(LIST.within(PersonSet.parse("list:kita-2026"))).isTrue();
    assertThat(PersonSet.ALL.within(KITA)).isFalse();
    assertThat(PersonSet.ALL.within(LIST)).isFalse();
    assertThat(KITA.within(minami)).isFalse();
    assertThat(KITA.within(ward)).as("a tag's value is not within its name").isFalse();
    assertThat(KITA.within(LIST)).isFalse();
    assertThat(LIST.within(KITA)).isFalse();
    assertThat(LIST.within(PersonSet.parse("list:other"))).isFalse();
  }

  static Scope over(PersonSet persons) {
    return new Scope(
        java.util.Set.of("resident-tax"),
        java.util.Map.of(mamori.core.Field.FAMILY_NAME, mamori.core.Mask.NONE),
        persons,
        java.time.LocalDate.parse("2026-01-01"),
        java.time.LocalDate.parse("2026-12-31"),
        10,
        java.util.Set.of(mamori.core.Action.READ));
  }

  @Test
  void aReentrustmentsSet_isWiderThanItsParents_unlessEqualOrTheParentsIsAll() {
    assertThat(over(KITA).widerThan(over(PersonSet.ALL))).isEmpty();
    assertThat(over(LIST).widerThan(over(LIST))).isEmpty();
    assertThat(over(PersonSet.ALL).widerThan(over(KITA)))
        .contains(mamori.core.Reason.SCOPE_PERSONS);
    assertThat(over(LIST).widerThan(over(KITA))).contains(mamori.core.Reason.SCOPE_PERSONS);
    assertThat(over(PersonSet.parse("list:other")).widerThan(over(LIST)))
        .contains(mamori.core.Reason.SCOPE_PERSONS);
  }
}
