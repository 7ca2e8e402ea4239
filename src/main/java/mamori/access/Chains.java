package mamori.access;

import java.time.LocalDate;
import java.util.List;
import mamori.entrustment.Decision;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Request;

/**
 * What the gate asks of the entrustments: a decision, the daily volumes (a chain's caps and a staff
 * member's own), and the entrustments an organisation holds that are in force. The service passes
 * {@link #of(Entrustments)}; the gate's unit tests pass a fake.
 */
interface Chains {
  Decision decide(Request request);

  /**
   * Counts one access against every cap of the allowed decision's chain; false when one is full.
   */
  boolean tryConsume(Decision allowed);

  /** Un-counts an access {@link #tryConsume} counted but that was never logged. */
  void giveBack(Decision allowed);

  /** Counts one access of a staff member's own daily volume; false when {@code cap} is reached. */
  boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap);

  /** Un-counts an access {@link #tryConsumeOwn} counted but that was never logged. */
  void giveBackOwn(String tenant, String user, LocalDate day);

  /**
   * Counts {@code n} accesses against every cap of the chain at once (a package's persons): all, or
   * none when one cap would be passed. A fake counts one at a time.
   */
  default boolean tryConsume(Decision allowed, long n) {
    for (long i = 0; i < n; i++) {
      if (!tryConsume(allowed)) {
        giveBack(allowed, i);
        return false;
      }
    }
    return true;
  }

  /** Un-counts {@code n} accesses {@link #tryConsume(Decision, long)} counted. */
  default void giveBack(Decision allowed, long n) {
    for (long i = 0; i < n; i++) {
      giveBack(allowed);
    }
  }

  /** Counts {@code n} accesses of a staff member's own volume at once; false when past the cap. */
  default boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap, long n) {
    for (long i = 0; i < n; i++) {
      if (!tryConsumeOwn(tenant, user, day, cap)) {
        giveBackOwn(tenant, user, day, i);
        return false;
      }
    }
    return true;
  }

  /** Un-counts {@code n} accesses {@link #tryConsumeOwn(String, String, LocalDate, long, long)}. */
  default void giveBackOwn(String tenant, String user, LocalDate day, long n) {
    for (long i = 0; i < n; i++) {
      giveBackOwn(tenant, user, day);
    }
  }

  /** A staff member's accesses counted on a day. */
  long countOwn(String tenant, String user, LocalDate day);

  /** The entrustments given to the organisation that are active now. */
  List<Entrustment> activeHeldBy(String organisation);

  /**
   * Runs {@code call} with its decisions made on one reading of the entrustments ({@link
   * Entrustments#oneCall}); a fake runs it as it is.
   */
  default <T> T oneCall(java.util.function.Supplier<T> call) {
    return call.get();
  }

  static Chains of(Entrustments entrustments) {
    return new Chains() {
      @Override
      public <T> T oneCall(java.util.function.Supplier<T> call) {
        return entrustments.oneCall(call);
      }

      @Override
      public Decision decide(Request request) {
        return entrustments.decide(request);
      }

      @Override
      public boolean tryConsume(Decision allowed) {
        return entrustments.tryConsume(allowed, 1);
      }

      @Override
      public void giveBack(Decision allowed) {
        entrustments.giveBack(allowed, 1);
      }

      @Override
      public boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap) {
        return entrustments.tryConsumeOwn(tenant, user, day, cap, 1);
      }

      @Override
      public void giveBackOwn(String tenant, String user, LocalDate day) {
        entrustments.giveBackOwn(tenant, user, day, 1);
      }

      @Override
      public boolean tryConsume(Decision allowed, long n) {
        return entrustments.tryConsume(allowed, n);
      }

      @Override
      public void giveBack(Decision allowed, long n) {
        if (n > 0) {
          entrustments.giveBack(allowed, n);
        }
      }

      @Override
      public boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap, long n) {
        return entrustments.tryConsumeOwn(tenant, user, day, cap, n);
      }

      @Override
      public void giveBackOwn(String tenant, String user, LocalDate day, long n) {
        if (n > 0) {
          entrustments.giveBackOwn(tenant, user, day, n);
        }
      }

      @Override
      public long countOwn(String tenant, String user, LocalDate day) {
        return entrustments.countOwn(tenant, user, day);
      }

      @Override
      public List<Entrustment> activeHeldBy(String organisation) {
        return entrustments.activeHeldBy(organisation);
      }
    };
  }
}
