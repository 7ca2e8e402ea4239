package mamori.log;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;

/**
 * The access records the {@link LogBenchmarks} append: realistic in shape and size, made fast, and
 * never written by production code.
 */
final class SyntheticRecords {
  private static final TenantId BENCH_CITY = new TenantId("bench-city");
  private static final OrganisationId ENTRY_CO = new OrganisationId("entry-co");
  private static final Who[] OPERATORS =
      IntStream.range(0, 997)
          .mapToObj(n -> new Who(new UserId("op-" + n), ENTRY_CO, BENCH_CITY))
          .toArray(Who[]::new);

  private SyntheticRecords() {}

  /**
   * A realistic access record (about 150 bytes encoded): a subcontractor's operator reading two
   * fields of one person. The salt comes from a fast non-secure generator, so that the figure is
   * the log's and not SecureRandom's; production records take theirs from {@link
   * AccessRecord#of(Attempt, Outcome)}.
   */
  static AccessRecord record(long i, Instant start) {
    return record(i, start, "tk_" + Long.toString(i * 0x9E3779B97F4A7C15L >>> 1, 36));
  }

  /** The same, naming the person whose token is {@code token}. */
  static AccessRecord record(long i, Instant start, String token) {
    byte[] salt = new byte[AccessRecord.MIN_SALT];
    ThreadLocalRandom.current().nextBytes(salt);
    Attempt read =
        new Attempt(
            OPERATORS[(int) (i % OPERATORS.length)],
            List.of("ent-12", "ent-57"),
            new Why("resident-tax", "case-" + (i / 50)),
            Action.READ,
            Optional.of(new PersonToken(token)),
            EnumSet.of(Field.ADDRESS, Field.FAMILY_NAME),
            start.plusMillis(i / 100));
    return AccessRecord.of(read, Outcome.allowed(), salt);
  }

  /** The token of person {@code p} in {@link LogBenchmarks#appendHistories}. */
  static String personToken(long p) {
    return "HIST" + Long.toString(p, 36).toUpperCase(Locale.ROOT);
  }
}
