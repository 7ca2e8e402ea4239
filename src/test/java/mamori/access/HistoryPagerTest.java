package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

class HistoryPagerTest {
  static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
  long next = 1_000;

  HistoryPager.Read read(String user, String org, Reason reason, Instant when, Field... fields) {
    Attempt a =
        new Attempt(
            new Who(new UserId(user), new OrganisationId(org), new TenantId("city")),
            List.of(),
            new Why("resident-tax", "case-" + next),
            Action.READ,
            Optional.of(new PersonToken("P")),
            Set.of(fields.length == 0 ? new Field[] {Field.BIRTH_DATE} : fields),
            when);
    AccessRecord r =
        AccessRecord.of(a, reason == null ? Outcome.allowed() : Outcome.denied(reason));
    return new HistoryPager.Read(next--, r, new byte[0]);
  }

  HistoryPager.Read allowed(String user, Instant when) {
    return read(user, "city", null, when);
  }

  HistoryPager.Read refused(String user, Instant when) {
    return read(user, "con", Reason.FIELD_OUT_OF_SCOPE, when);
  }

  @Test
  void aFloodOfOneActor_foldsIntoOneRow_withItsCount_andTheAllowedReadsAmongItStayRows() {
    HistoryPager pager = new HistoryPager(50, true, r -> false);
    for (int i = 0; i < 2_010; i++) {
      assertThat(pager.take(refused("op", T0.minusMillis(7L * i)))).isTrue();
      if (i == 1_000 || i == 2_000) {
        assertThat(pager.take(allowed("staff", T0.minusMillis(7L * i)))).isTrue();
      }
    }
    assertThat(pager.take(allowed("registrar", T0.minus(Duration.ofDays(30))))).isTrue();
    HistoryPager.Result page = pager.result(false);
    assertThat(page.rows()).hasSize(4);
    HistoryPager.Row flood = page.rows().getFirst();
    assertThat(flood.count).isEqualTo(2_010);
    assertThat(flood.newest.record().time()).isEqualTo(T0);
    assertThat(flood.oldest.record().time()).isEqualTo(T0.minusMillis(7L * 2_009));
    assertThat(page.rows().subList(1, 4))
        .allSatisfy(row -> assertThat(row.count).isEqualTo(1))
        .extracting(row -> row.newest.record().actor())
        .containsExactly("staff", "staff", "registrar");
  }

  @Test
  void allowedAccesses_areNeverFolded_evenOneActorsManyReads() {
    HistoryPager pager = new HistoryPager(50, true, r -> false);
    int taken = 0;
    while (pager.take(allowed("staff", T0.minusSeconds(taken)))) {
      taken++;
    }
    assertThat(taken).isEqualTo(50);
    assertThat(pager.result(true).rows()).hasSize(50).allSatisfy(r -> assertThat(r.count).isOne());
  }

  @Test
  void refusalsCloserThanTheSpanToEachOther_fold_evenASlowFlood_andFartherOnesDoNot() {
    HistoryPager slow = new HistoryPager(50, true, r -> false);
    for (int i = 0; i < 100; i++) {
      slow.take(refused("op", T0.minus(Duration.ofMinutes(9L * i))));
    }
    assertThat(slow.result(false).rows())
        .singleElement()
        .satisfies(r -> assertThat(r.count).isEqualTo(100));

    HistoryPager apart = new HistoryPager(50, true, r -> false);
    for (int i = 0; i < 5; i++) {
      apart.take(refused("op", T0.minus(Duration.ofMinutes(11L * i))));
    }
    assertThat(apart.result(false).rows()).hasSize(5);
  }

  @Test
  void otherActors_organisations_orReasons_foldApart_andInterleavingDoesNotBreakAFold() {
    HistoryPager pager = new HistoryPager(50, true, r -> false);
    for (int i = 0; i < 300; i++) {
      Instant t = T0.minusSeconds(i);
      pager.take(read("a", "con", Reason.FIELD_OUT_OF_SCOPE, t));
      pager.take(read("b", "con", Reason.FIELD_OUT_OF_SCOPE, t));
      pager.take(read("a", "sub", Reason.FIELD_OUT_OF_SCOPE, t));
      pager.take(read("a", "con", Reason.PURPOSE_NOT_GRANTED, t));
    }
    assertThat(pager.result(false).rows())
        .hasSize(4)
        .allSatisfy(r -> assertThat(r.count).isEqualTo(300));
  }

  @Test
  void theFoldedRow_namesEveryFieldItsRefusalsAskedFor() {
    HistoryPager pager = new HistoryPager(50, true, r -> false);
    pager.take(read("op", "con", Reason.FIELD_OUT_OF_SCOPE, T0, Field.BIRTH_DATE));
    pager.take(read("op", "con", Reason.FIELD_OUT_OF_SCOPE, T0, Field.BANK_ACCOUNT));
    assertThat(pager.result(false).rows().getFirst().fields)
        .containsExactly("bank_account", "birth_date");
  }

  @Test
  void aFullPage_stillTakesRefusalsThatJoinARowItShows_andStopsAtTheFirstNewRow() {
    HistoryPager pager = new HistoryPager(2, true, r -> false);
    assertThat(pager.take(refused("op", T0))).isTrue();
    assertThat(pager.take(allowed("staff", T0))).isTrue();
    assertThat(pager.take(refused("op", T0.minusSeconds(1)))).as("joins the flood's row").isTrue();
    assertThat(pager.take(refused("other", T0.minusSeconds(2)))).as("a new row").isFalse();
    HistoryPager.Result page = pager.result(true);
    assertThat(page.rows()).hasSize(2);
    assertThat(page.rows().getFirst().count).isEqualTo(2);
    assertThat(page.more()).isTrue();
  }

  @Test
  void unfolded_eachRefusalIsARow() {
    HistoryPager pager = new HistoryPager(10, false, r -> false);
    for (int i = 0; i < 10; i++) {
      assertThat(pager.take(refused("op", T0.minusMillis(i)))).isTrue();
    }
    assertThat(pager.take(refused("op", T0.minusMillis(11)))).isFalse();
  }

  @Test
  void hiddenRecords_areCounted_notShown() {
    HistoryPager pager = new HistoryPager(10, true, r -> r.organisation().equals("resident"));
    pager.take(read("r-1", "resident", null, T0));
    pager.take(read("r-1", "resident", null, T0.minusSeconds(5)));
    pager.take(allowed("staff", T0.minusSeconds(9)));
    HistoryPager.Result page = pager.result(false);
    assertThat(page.rows()).hasSize(1);
    assertThat(page.hidden()).isEqualTo(2);
    assertThat(page.lastHidden()).isEqualTo(T0);
  }

  @Test
  void aPageReadsAtMostTheScanLimit_thenTheNextPageGoesOn() {
    HistoryPager pager = new HistoryPager(50, true, r -> false);
    int taken = 0;
    while (pager.take(refused("op", T0.minusMillis(taken)))) {
      taken++;
    }
    assertThat(taken).isEqualTo(HistoryPager.SCAN_LIMIT);
    HistoryPager.Result page = pager.result(true);
    assertThat(page.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.count).isEqualTo(HistoryPager.SCAN_LIMIT));
    assertThat(page.highest() - page.lowest() + 1).isEqualTo(HistoryPager.SCAN_LIMIT);
  }
}
