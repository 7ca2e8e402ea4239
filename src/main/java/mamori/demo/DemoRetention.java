package mamori.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mamori.access.AccessGate;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.retention.Model;
import mamori.retention.Retentions;
import org.springframework.context.ApplicationContext;

/*
 * The retention story of the demo town (issue 19). city-staff records, for residents beyond the
 * counter story's, the events their purposes' periods run from: ten national health insurance cases
 * closed on 31 March 2023 (two years: due since 1 April 2025), five resident-tax files whose filing
 * deadline was 31 January 2018 (seven years from 11 January 2019: due since 11 January 2026, the
 * number only), one more closed insurance case whose child allowance is still running (kept), and
 * ten insurance cases still open. city-officer holds one of the due persons for an incident. Then
 * city-staff proposes the day's run: fourteen persons (nine records whole, five numbers only); the
 * held person and the one with a running purpose are not on it. The run waits for the security
 * officer's approval on /console/retention, as a city's would; nothing is erased until then.
 *
 * Done once: a town that already has a run is left as it is.
 */
/** The retention story of the demo town: a run of due persons waiting for the officer. */
final class DemoRetention {
  static final int FIRST = 52; // after the counter story's resident and its list of fifty
  static final String CLOSED_CASE = "national-health-insurance";
  static final String TAX = "resident-tax";
  static final String RUNNING = "child-allowance";

  private DemoRetention() {}

  /** Records the bases and proposes the run when the town has no run yet; returns it. */
  static Optional<Model.Run> ensure(ApplicationContext context, DemoStory demo, PrintWriter err) {
    Retentions retentions = context.getBean(Retentions.class);
    Principal officer = demo.as(DemoStory.OFFICER);
    if (!retentions.runs(officer, 1).isEmpty()) {
      return Optional.empty();
    }
    Principal staff = demo.as("city-staff");
    List<AgencyToken> town =
        context
            .getBean(AccessGate.class)
            .persons(staff, new Why(CLOSED_CASE, "retention-demo"), FIRST + 27);
    if (town.size() < FIRST + 27) {
      return Optional.empty(); // a town too small for the story
    }
    LocalDate closed = LocalDate.of(2023, 3, 31);
    LocalDate deadline = LocalDate.of(2018, 1, 31);
    List<Model.BasisEntry> bases = new ArrayList<>();
    for (int i = FIRST; i < FIRST + 10; i++) {
      bases.add(new Model.BasisEntry(town.get(i), CLOSED_CASE, Optional.of(closed)));
    }
    for (int i = FIRST + 10; i < FIRST + 15; i++) {
      bases.add(new Model.BasisEntry(town.get(i), TAX, Optional.of(deadline)));
    }
    AgencyToken twoPurposes = town.get(FIRST + 15);
    bases.add(new Model.BasisEntry(twoPurposes, CLOSED_CASE, Optional.of(closed)));
    bases.add(new Model.BasisEntry(twoPurposes, RUNNING, Optional.empty()));
    for (int i = FIRST + 16; i < FIRST + 26; i++) {
      bases.add(new Model.BasisEntry(town.get(i), CLOSED_CASE, Optional.empty()));
    }
    retentions.recordBases(staff, bases);
    AgencyToken held = town.get(FIRST + 9);
    retentions.placeHold(
        officer, Model.HoldKind.INCIDENT, "INC-DEMO-1", "誤交付の調査中: 調査が終わるまで削除しない", List.of(held));
    Optional<Model.Run> run = retentions.propose(staff, retentions.today());
    run.ifPresent(r -> {
      err.printf(
          "Demo town: retention run %s proposed as of %s: %d persons due (%s kept while running"
              + " another purpose, %s held for INC-DEMO-1); it waits for %s's approval at"
              + " /console/retention/%s%n",
          r.id(),
          r.asOf(),
          r.persons(),
          twoPurposes.value(),
          held.value(),
          DemoStory.OFFICER,
          r.id());
      err.flush();
    });
    return run;
  }
}
