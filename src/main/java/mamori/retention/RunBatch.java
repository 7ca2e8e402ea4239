package mamori.retention;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Purpose;
import mamori.store.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run's persons, one batch at a time in person order: re-checked (holds, bases), marked erasing,
 * handed to the vault, then marked erased or kept with the run's counts in one transaction (the
 * design is {@link Retentions}'s).
 */
final class RunBatch {
  private static final String FAILED = Retentions.FAILED;

  /** The most persons kept that the marking of a batch leaves out by a list in its statement. */
  private static final int MAX_LEFT_OUT = 1000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Retentions.Eraser eraser;
  private final int batch;
  private final Clock clock;
  private final String tenant;
  private final String runId;
  private final UserId approver;
  private final Cutoffs cutoffs;

  /**
   * The last person id of the batch done before: every row of the run up to it is erased or kept,
   * so the next batch's read starts after it instead of walking past them again.
   */
  private long after = Long.MIN_VALUE;

  RunBatch(
      DataSource dataSource,
      Retentions.Eraser eraser,
      int batch,
      Clock clock,
      String tenant,
      String runId,
      UserId approver,
      Cutoffs cutoffs) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.eraser = eraser;
    this.batch = batch;
    this.clock = clock;
    this.tenant = tenant;
    this.runId = runId;
    this.approver = approver;
    this.cutoffs = cutoffs;
  }

  private record Row(
      long id, String token, Purpose.Disposal disposal, List<String> purposes, String state) {}

  /** Does the next batch; false when none is left. */
  boolean next() {
    List<Row> rows =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT person_id, token, disposal, purposes, state FROM"
                            + " retention_run_person WHERE tenant_id = ? AND run_id = ? AND state"
                            + " IN ('due', 'erasing') AND person_id > ? ORDER BY person_id LIMIT ?")
                    .params(tenant, runId, after, batch)
                    .query((rs, i) ->
                        new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            Purpose.Disposal.valueOf(rs.getString(3)),
                            Arrays.asList(rs.getString(4).split(",")),
                            rs.getString(5)))
                    .list());
    if (rows.isEmpty()) {
      return false;
    }
    long from = rows.getFirst().id();
    long to = rows.getLast().id();
    Set<Long> held = new HashSet<>(heldIds(jdbc, tenant, from, to));
    Map<Long, List<Object[]>> bases = new HashMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT person_id, purpose_id, event_day FROM retention_basis WHERE tenant_id"
                        + " = ? AND person_id >= ? AND person_id <= ?")
                .params(tenant, from, to)
                .query(rs -> {
                  long day = rs.getLong(3);
                  Long event = rs.wasNull() ? null : day;
                  bases
                      .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                      .add(new Object[] {rs.getString(2), event});
                }));
    Map<Long, String> kept = new HashMap<>();
    Map<String, List<Row>> byWhy = new LinkedHashMap<>();
    for (Row row : rows) {
      // a person marked erasing was handed to the vault before a stop: the vault may have erased
      // them, so they go to it again (and answer ALREADY) whatever happened since
      boolean handedOver = row.state().equals("erasing");
      if (!handedOver && held.contains(row.id())) {
        kept.put(row.id(), "held");
        continue;
      }
      List<Object[]> bs = bases.getOrDefault(row.id(), List.of());
      boolean ended =
          !bs.isEmpty() && bs.stream().allMatch(b -> cutoffs.ended((String) b[0], (Long) b[1]));
      if (!handedOver && !ended) {
        kept.put(row.id(), "not-due");
        continue;
      }
      String purpose =
          row.purposes().stream()
              .filter(x ->
                  row.disposal() == Purpose.Disposal.RECORD
                      || cutoffs.disposal(x) == Purpose.Disposal.NUMBER)
              .sorted()
              .findFirst()
              .orElse(row.purposes().stream().sorted().findFirst().orElseThrow());
      byWhy.computeIfAbsent(row.disposal().name() + "/" + purpose, k -> new ArrayList<>()).add(row);
    }
    // the batch is handed to the vault: a kill from here on is resumed as `erasing`. One statement
    // over the batch's range (its rows are the run's first `batch` rows still due or erasing, so
    // the range holds no other row due), leaving out the persons kept; when many are kept, one
    // transaction of a statement per person handed over (a statement's parameters are bounded)
    if (!byWhy.isEmpty() && kept.size() <= MAX_LEFT_OUT) {
      List<Object> params = new ArrayList<>(List.of(tenant, runId, from, to));
      params.addAll(kept.keySet());
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "UPDATE retention_run_person SET state = 'erasing' WHERE tenant_id = ? AND"
                          + " run_id = ? AND person_id >= ? AND person_id <= ? AND state = 'due'"
                          + notIn(kept.size()))
                  .params(params)
                  .update());
    } else if (!byWhy.isEmpty()) {
      List<Object[]> marking = new ArrayList<>();
      byWhy
          .values()
          .forEach(l -> l.forEach(x -> marking.add(new Object[] {tenant, runId, x.id()})));
      Sql.run(
          FAILED,
          () ->
              Sql.inTransaction(
                  dataSource,
                  () ->
                      new JdbcTemplate(dataSource)
                          .batchUpdate(
                              "UPDATE retention_run_person SET state = 'erasing' WHERE tenant_id ="
                                  + " ? AND run_id = ? AND person_id = ? AND state = 'due'",
                              marking)));
    }
    Map<Long, String> erased = new HashMap<>();
    for (Map.Entry<String, List<Row>> e : byWhy.entrySet()) {
      List<Row> group = e.getValue();
      String purpose = e.getKey().substring(e.getKey().indexOf('/') + 1);
      mamori.vault.Actor actor =
          new mamori.vault.Actor(
              approver,
              new mamori.core.OrganisationId(tenant),
              List.of(),
              new Why(purpose, "retention-run-" + runId));
      List<mamori.vault.BulkErasure.Item> items =
          group.stream()
              .map(x ->
                  new mamori.vault.BulkErasure.Item(
                      x.id(),
                      x.disposal() == Purpose.Disposal.NUMBER
                          ? mamori.vault.BulkErasure.What.NUMBER
                          : mamori.vault.BulkErasure.What.WHOLE))
              .toList();
      mamori.vault.BulkErasure.Outcome out = eraser.erase(tenant, items, actor);
      for (Row x : group) {
        switch (out.byPerson().getOrDefault(x.id(), mamori.vault.BulkErasure.Result.UNKNOWN)) {
          case ERASED -> erased.put(x.id(), x.disposal().name());
          case ALREADY -> {
            // erasing: this run's own erasure, stored before a kill; due: erased by other means
            if (x.state().equals("erasing")) {
              erased.put(x.id(), x.disposal().name());
            } else {
              kept.put(x.id(), "erased-already");
            }
          }
          case UNKNOWN -> kept.put(x.id(), "unknown");
        }
      }
    }
    mark(from, to, erased, kept);
    after = to;
    return true;
  }

  /**
   * Marks the batch's persons and adds to the run's counts, in one transaction: the persons kept
   * one by one (few: held or no longer due since the proposal, erased by other means), then the
   * rest of the batch's range, every one of them erased, in one statement per disposal. A row
   * counts only when its state changed, so a batch done again counts nothing twice.
   */
  private void mark(long from, long to, Map<Long, String> erased, Map<Long, String> kept) {
    long now = clock.millis();
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  int keptCount = 0;
                  List<Long> kids = new ArrayList<>(kept.keySet());
                  if (!kids.isEmpty()) {
                    int[] n =
                        new JdbcTemplate(dataSource)
                            .batchUpdate(
                                "UPDATE retention_run_person SET state = 'kept', kept_reason = ?,"
                                    + " done_at = ? WHERE tenant_id = ? AND run_id = ? AND"
                                    + " person_id = ? AND state IN ('due', 'erasing')",
                                kids.stream()
                                    .map(id -> new Object[] {kept.get(id), now, tenant, runId, id})
                                    .toList());
                    for (int c : n) {
                      if (c > 0 || c == java.sql.Statement.SUCCESS_NO_INFO) {
                        keptCount++;
                      }
                    }
                  }
                  int whole = 0;
                  int number = 0;
                  if (!erased.isEmpty()) {
                    for (Purpose.Disposal d : Purpose.Disposal.values()) {
                      int n =
                          jdbc.sql(
                                  "UPDATE retention_run_person SET state = 'erased', kept_reason"
                                      + " = ?, done_at = ? WHERE tenant_id = ? AND run_id = ? AND"
                                      + " person_id >= ? AND person_id <= ? AND disposal = ? AND"
                                      + " state IN ('due', 'erasing')")
                              .params(
                                  new SqlParameterValue(Types.VARCHAR, null),
                                  now,
                                  tenant,
                                  runId,
                                  from,
                                  to,
                                  d.name())
                              .update();
                      if (d == Purpose.Disposal.NUMBER) {
                        number += n;
                      } else {
                        whole += n;
                      }
                    }
                  }
                  jdbc.sql(
                          "UPDATE retention_run SET whole = whole + ?, number_only = number_only"
                              + " + ?, kept = kept + ? WHERE tenant_id = ? AND run_id = ?")
                      .params(whole, number, keptCount, tenant, runId)
                      .update();
                  return null;
                }));
  }

  /** {@code AND person_id NOT IN (?, ...)} for {@code n} ids, or nothing for none. */
  private static String notIn(int n) {
    return n == 0
        ? ""
        : " AND person_id NOT IN ("
            + String.join(", ", java.util.Collections.nCopies(n, "?"))
            + ")";
  }

  /** The persons with person id in [from, to] on an active hold. */
  static List<Long> heldIds(JdbcClient jdbc, String tenant, long from, long to) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT DISTINCT hp.person_id FROM retention_hold_person hp JOIN retention_hold h"
                        + " ON h.tenant_id = hp.tenant_id AND h.hold_id = hp.hold_id WHERE"
                        + " hp.tenant_id = ? AND hp.person_id >= ? AND hp.person_id <= ? AND"
                        + " h.lifted_at IS NULL")
                .params(tenant, from, to)
                .query(Long.class)
                .list());
  }
}
