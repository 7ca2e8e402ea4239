package mamori.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Rows of the V42 retention tables written directly, as a run leaves them, for the read side's
 * tests (the console's and the portal's too): runs, their persons, holds, and the vault's person
 * rows that tokens name.
 */
public final class RetentionRows {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final String LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ";

  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final Random random;

  public RetentionRows(DataSource dataSource, long seed) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.random = new Random(seed);
  }

  /** A token in the agency token's form: four groups of four, the fifth character a letter. */
  public String token() {
    StringBuilder t = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        t.append('-');
      }
      t.append(
          i == 4
              ? LETTERS.charAt(random.nextInt(LETTERS.length()))
              : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return t.toString();
  }

  /** A run in {@code state}, with its counts, proposed by one user and approved by another. */
  public void run(
      String tenant,
      String runId,
      LocalDate asOf,
      String state,
      int persons,
      int whole,
      int numberOnly,
      int kept,
      Instant proposedAt,
      @Nullable String approvedBy) {
    jdbc.update(
        "INSERT INTO retention_run (tenant_id, run_id, as_of, state, persons, whole, number_only,"
            + " kept, proposed_by, proposed_at, approved_by, approved_at, standing, started_at,"
            + " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        tenant,
        runId,
        (int) asOf.toEpochDay(),
        state,
        persons,
        whole,
        numberOnly,
        kept,
        "city-records",
        proposedAt.toEpochMilli(),
        approvedBy == null ? new SqlParameterValue(java.sql.Types.VARCHAR, null) : approvedBy,
        approvedBy == null
            ? new SqlParameterValue(java.sql.Types.BIGINT, null)
            : proposedAt.plusSeconds(3600).toEpochMilli(),
        state.equals("done") ? proposedAt.plusSeconds(7200).toEpochMilli() : nullLong(),
        state.equals("done") ? proposedAt.plusSeconds(7300).toEpochMilli() : nullLong());
  }

  /** One person of a run: erased (with {@code disposal}) or kept for {@code keptReason}. */
  public record Row(
      long personId,
      String token,
      String disposal,
      String purposes,
      String state,
      @Nullable String keptReason,
      @Nullable Instant doneAt) {}

  /** Writes a run's persons in batches, in one transaction. */
  public void persons(String tenant, String runId, List<Row> rows) {
    mamori.store.Sql.inTransaction(
        dataSource,
        () -> {
          write(tenant, runId, rows);
          return null;
        });
  }

  private void write(String tenant, String runId, List<Row> rows) {
    List<Object[]> args = new ArrayList<>();
    for (Row r : rows) {
      args.add(
          new Object[] {
            tenant,
            runId,
            r.personId(),
            r.token(),
            r.disposal(),
            r.purposes(),
            r.state(),
            r.keptReason() == null
                ? new SqlParameterValue(java.sql.Types.VARCHAR, null)
                : r.keptReason(),
            r.doneAt() == null ? nullLong() : r.doneAt().toEpochMilli()
          });
      if (args.size() == 1_000) {
        flush(args);
      }
    }
    flush(args);
  }

  private void flush(List<Object[]> args) {
    if (!args.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO retention_run_person (tenant_id, run_id, person_id, token, disposal,"
              + " purposes, state, kept_reason, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          args);
      args.clear();
    }
  }

  /** The vault's row of a person (erased or not): only its id and token matter here. */
  public void vaultPerson(String tenant, long personId, String token) {
    jdbc.update(
        "INSERT INTO person (tenant_id, person_id, token, version, created_at, updated_at)"
            + " VALUES (?, ?, ?, 1, 0, 0)",
        tenant,
        personId,
        token);
  }

  /** A legal hold, active unless {@code lifted}. */
  public void hold(String tenant, String holdId, String reference, int persons, boolean lifted) {
    jdbc.update(
        "INSERT INTO retention_hold (tenant_id, hold_id, kind, reference, reason, persons,"
            + " placed_by, placed_at, lifted_by, lifted_at) VALUES (?, ?, 'incident', ?, ?, ?,"
            + " 'city-security-officer', ?, ?, ?)",
        tenant,
        holdId,
        reference,
        "インシデント調査のため",
        persons,
        Instant.parse("2026-11-01T00:00:00Z").toEpochMilli(),
        lifted ? "city-security-officer" : new SqlParameterValue(java.sql.Types.VARCHAR, null),
        lifted ? Instant.parse("2026-11-02T00:00:00Z").toEpochMilli() : nullLong());
  }

  private static SqlParameterValue nullLong() {
    return new SqlParameterValue(java.sql.Types.BIGINT, null);
  }
}
