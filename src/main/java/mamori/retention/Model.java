package mamori.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import mamori.core.UserId;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Purpose;

/** The words of the retention module: what its service takes and answers. */
public final class Model {
  private Model() {}

  /**
   * The event a purpose's period runs from for one person.
   *
   * @param token the tenant's own token of the person
   * @param purpose the purpose id
   * @param event the day the case closed or the filing deadline; empty while the case is open (kept
   *     indefinitely)
   */
  public record BasisEntry(AgencyToken token, String purpose, Optional<LocalDate> event) {}

  /** What recording bases did: how many, of which closed (with an event day) and open. */
  public record BasisReport(int recorded, int closed, int open) {}

  /**
   * The second confirmation of an act that deletes every person of a purpose: {@code confirmed} and
   * the count the refusal showed.
   */
  public record Confirmation(boolean confirmed, long count) {
    public static final Confirmation NONE = new Confirmation(false, -1);

    boolean matches(long expected) {
      return confirmed && count == expected;
    }
  }

  /** What a hold comes from. */
  public enum HoldKind {
    INCIDENT,
    COURT_ORDER,
    AUDIT;

    /** {@code incident}, {@code court-order}, {@code audit}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException for anything but the three codes
     */
    public static HoldKind parse(String code) {
      for (HoldKind k : values()) {
        if (k.code().equals(code.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
          return k;
        }
      }
      throw new IllegalArgumentException("a hold's kind is incident, court-order or audit");
    }
  }

  /** A legal hold: active while {@code liftedAt} is empty. */
  public record Hold(
      String id,
      HoldKind kind,
      String reference,
      String reason,
      int persons,
      UserId placedBy,
      Instant placedAt,
      Optional<UserId> liftedBy,
      Optional<Instant> liftedAt) {
    public boolean active() {
      return liftedAt.isEmpty();
    }
  }

  /** A purpose whose deletions the security officer approved once for all. */
  public record Standing(String purpose, UserId approvedBy, Instant approvedAt) {}

  /** Where a run stands. */
  public enum RunState {
    PROPOSED,
    APPROVED,
    RUNNING,
    DONE,
    CANCELLED;

    /** The stored code, lower case. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static RunState of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * A deletion run.
   *
   * @param persons the persons listed
   * @param whole erased whole so far
   * @param numberOnly whose number alone was erased so far
   * @param kept listed but kept (held since, no longer due, erased by other means)
   * @param everyoneOf the purposes whose every person the run deletes: approving needs the count
   *     confirmed twice
   */
  public record Run(
      String id,
      LocalDate asOf,
      RunState state,
      int persons,
      int whole,
      int numberOnly,
      int kept,
      UserId proposedBy,
      Instant proposedAt,
      Optional<UserId> approvedBy,
      Optional<Instant> approvedAt,
      boolean standing,
      Optional<Instant> finishedAt,
      List<String> everyoneOf) {
    public Run {
      everyoneOf = List.copyOf(everyoneOf);
    }

    /** The persons done so far (erased or kept). */
    public int done() {
      return whole + numberOnly + kept;
    }
  }

  /**
   * One person of a run: its deletion record once done.
   *
   * @param state {@code due}, {@code erasing} (a batch was under way), {@code erased} or {@code
   *     kept}
   * @param keptReason {@code held}, {@code not-due}, {@code erased-already}, {@code unknown},
   *     {@code changed}
   */
  public record RunPerson(
      AgencyToken token,
      List<String> purposes,
      Purpose.Disposal disposal,
      String state,
      Optional<String> keptReason,
      Optional<Instant> doneAt) {
    public RunPerson {
      purposes = List.copyOf(purposes);
    }
  }

  /** A page of a run's persons, and where the next begins (after that position). */
  public record RunPage(List<RunPerson> persons, OptionalLong next) {
    public RunPage {
      persons = List.copyOf(persons);
    }
  }

  /** A tenant's retention at a glance. */
  public record Status(
      long bases,
      long openCases,
      long dueToday,
      List<Hold> activeHolds,
      List<Standing> standing,
      List<Run> runs) {
    public Status {
      activeHolds = List.copyOf(activeHolds);
      standing = List.copyOf(standing);
      runs = List.copyOf(runs);
    }
  }

  /** Told as a run goes: the persons done of the run's total. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void done(long done, long total);
  }
}
