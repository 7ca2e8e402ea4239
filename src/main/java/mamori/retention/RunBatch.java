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
  private final java.util.function.Supplier<Cutoffs> rules;
  private final String runner;

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
      java.util.function.Supplier<Cutoffs> rules,
      String runner) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.eraser = eraser;
    this.batch = batch;
    this.clock = clock;
    this.tenant = tenant;
    this.runId = runId;
    this.approver = approver;
    this.rules = rules;
    this.runner = runner;
  }

  private record Row(
      long id, String token, Purpose.Disposal disposal, List<String> purposes, String state) {}

  /** How long a runner holds a run without renewing it before another process may take it over. */
  static final long LEASE_MILLIS = 5 * 60 * 1000L;

  /**
   * Takes or renews the run's lease for this runner: one conditional update, so of two processes
   * only one holds it; an expired lease (a killed process) is taken over. False when another runner
   * holds it.
   */
  boolean lease() {
    long now = clock.millis();
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE retention_run SET runner = ?, lease_until = ? WHERE tenant_id = ?"
                            + " AND run_id = ? AND state IN ('approved', 'running') AND (runner IS"
                            + " NULL OR runner = ? OR lease_until < ?)")
                    .params(runner, now + LEASE_MILLIS, tenant, runId, runner, now)
                    .update())
        > 0;
  }

  /** Gives the lease up (the run is done, or stopped). */
  void release() {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE retention_run SET runner = NULL, lease_until = NULL WHERE tenant_id = ?"
                        + " AND run_id = ? AND runner = ?")
                .params(tenant, runId, runner)
                .update());
  }

  /** Does the next batch; false when none is left. */
  boolean next() {
    Cutoffs cutoffs = rules.get();

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
    after = to;
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
    // a person marked erasing was handed to the vault before a stop: already erased (as the row
    // says) is this run's own erasure; otherwise they are checked again like a due person, so a
    // hold
    // placed or a basis reopened since keeps them
    Map<Long, Object[]> persons = personState(from, to);
    Map<Long, String> kept = new HashMap<>();
    Map<Long, String> erased = new HashMap<>();
    Map<String, List<Row>> byWhy = new LinkedHashMap<>();
    Map<Long, Purpose.Disposal> disposal = new HashMap<>();
    for (Row row : rows) {
      Object[] st = persons.get(row.id());
      boolean wholeGone = st != null && (Boolean) st[1];
      boolean numberGone = st != null && (Boolean) st[0];
      if (row.state().equals("erasing")
          && (wholeGone || (row.disposal() == Purpose.Disposal.NUMBER && numberGone))) {
        erased.put(row.id(), row.disposal().name());
        continue;
      }
      if (held.contains(row.id())) {
        kept.put(row.id(), "held");
        continue;
      }
      List<Object[]> bs = bases.getOrDefault(row.id(), List.of());
      boolean ended =
          !bs.isEmpty() && bs.stream().allMatch(b -> cutoffs.ended((String) b[0], (Long) b[1]));
      if (!ended) {
        kept.put(row.id(), "not-due");
        continue;
      }
      // the rules as they are now: when a purpose's disposal changed since the proposal to the
      // number only, the less destructive disposal is taken (a record is never erased whole that
      // the current rules would keep)
      Purpose.Disposal now =
          row.purposes().stream().anyMatch(x -> cutoffs.disposal(x) == Purpose.Disposal.NUMBER)
              ? Purpose.Disposal.NUMBER
              : Purpose.Disposal.RECORD;
      Purpose.Disposal d =
          row.disposal() == Purpose.Disposal.NUMBER || now == Purpose.Disposal.NUMBER
              ? Purpose.Disposal.NUMBER
              : Purpose.Disposal.RECORD;
      if (d == Purpose.Disposal.NUMBER && (numberGone || wholeGone)) {
        kept.put(row.id(), "erased-already");
        continue;
      }
      disposal.put(row.id(), d);
      String purpose =
          row.purposes().stream()
              .filter(x -> d == Purpose.Disposal.RECORD || cutoffs.disposal(x) == d)
              .sorted()
              .findFirst()
              .orElse(row.purposes().stream().sorted().findFirst().orElseThrow());
      byWhy.computeIfAbsent(d.name() + "/" + purpose, k -> new ArrayList<>()).add(row);
    }
    // the batch is handed to the vault: a kill from here on is resumed as `erasing`. One statement
    // over the batch's range (its rows are the run's first `batch` rows still due or erasing, so
    // the range holds no other row due), leaving out the persons kept; when many are kept, one
    // transaction of a statement per person handed over (a statement's parameters are bounded).
    // The disposal of a person whose rules changed since the proposal is written with it (few).
    // This runner holds the run's lease (renewed before the batch), so the rows are its to hand.
    List<Row> handedRows = new ArrayList<>();
    byWhy.values().forEach(handedRows::addAll);
    Set<Long> handed = new HashSet<>();
    handedRows.forEach(x -> handed.add(x.id()));
    if (!handedRows.isEmpty()) {
      List<Object[]> changedDisposal =
          handedRows.stream()
              .filter(x -> disposal.getOrDefault(x.id(), x.disposal()) != x.disposal())
              .map(x ->
                  new Object[] {
                    disposal.getOrDefault(x.id(), x.disposal()).name(), tenant, runId, x.id()
                  })
              .toList();
      boolean range = kept.size() <= MAX_LEFT_OUT;
      List<Object> params = new ArrayList<>(List.of(tenant, runId, from, to));
      params.addAll(kept.keySet());
      Sql.run(
          FAILED,
          () ->
              Sql.inTransaction(
                  dataSource,
                  () -> {
                    JdbcTemplate t = new JdbcTemplate(dataSource);
                    if (range) {
                      jdbc.sql(
                              "UPDATE retention_run_person SET state = 'erasing' WHERE tenant_id"
                                  + " = ? AND run_id = ? AND person_id >= ? AND person_id <= ? AND"
                                  + " state = 'due'"
                                  + notIn(kept.size()))
                          .params(params)
                          .update();
                    } else {
                      t.batchUpdate(
                          "UPDATE retention_run_person SET state = 'erasing' WHERE tenant_id ="
                              + " ? AND run_id = ? AND person_id = ? AND state = 'due'",
                          handedRows.stream()
                              .map(x -> new Object[] {tenant, runId, x.id()})
                              .toList());
                    }
                    if (!changedDisposal.isEmpty()) {
                      t.batchUpdate(
                          "UPDATE retention_run_person SET disposal = ? WHERE tenant_id = ? AND"
                              + " run_id = ? AND person_id = ? AND state = 'erasing'",
                          changedDisposal);
                    }
                    return null;
                  }));
    }
    for (Map.Entry<String, List<Row>> e : byWhy.entrySet()) {
      List<Row> group = e.getValue().stream().filter(x -> handed.contains(x.id())).toList();
      if (group.isEmpty()) {
        continue;
      }
      Purpose.Disposal d =
          Purpose.Disposal.valueOf(e.getKey().substring(0, e.getKey().indexOf('/')));
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
                      d == Purpose.Disposal.NUMBER
                          ? mamori.vault.BulkErasure.What.NUMBER
                          : mamori.vault.BulkErasure.What.WHOLE))
              .toList();
      mamori.vault.BulkErasure.Outcome out = eraser.erase(tenant, items, actor);
      for (Row x : group) {
        switch (out.byPerson().getOrDefault(x.id(), mamori.vault.BulkErasure.Result.UNKNOWN)) {
          case ERASED -> erased.put(x.id(), d.name());
          case ALREADY -> {
            // erasing: this run's own erasure, stored before a kill; due: erased by other means
            if (x.state().equals("erasing")) {
              erased.put(x.id(), d.name());
            } else {
              kept.put(x.id(), "erased-already");
            }
          }
          case UNKNOWN -> kept.put(x.id(), "unknown");
          // changed by someone else in every round: kept, so the run ends (a later run, or the
          // daily round, proposes the person again)
          case CHANGED -> kept.put(x.id(), "changed");
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
                  int counted =
                      jdbc.sql(
                              "UPDATE retention_run SET whole = whole + ?, number_only ="
                                  + " number_only + ?, kept = kept + ? WHERE tenant_id = ? AND"
                                  + " run_id = ? AND runner = ?")
                          .params(whole, number, keptCount, tenant, runId, runner)
                          .update();
                  if (counted == 0) {
                    // the lease was lost (taken over after it expired): nothing of this batch is
                    // marked; the runner that holds the run finds the rows erasing and checks them
                    throw new LeaseLost();
                  }
                  return null;
                }));
  }

  /** The run's lease went to another runner while this one worked. */
  static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super("the run was taken over by another process", null, false, false);
    }
  }

  /** Each person in [from, to]: {number erased, erased whole}. */
  private Map<Long, Object[]> personState(long from, long to) {
    Map<Long, Object[]> out = new HashMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT person_id, number_erased_at, erased_at FROM person WHERE tenant_id = ?"
                        + " AND person_id >= ? AND person_id <= ?")
                .params(tenant, from, to)
                .query(rs -> {
                  rs.getLong(2);
                  boolean number = !rs.wasNull();
                  rs.getLong(3);
                  boolean whole = !rs.wasNull();
                  out.put(rs.getLong(1), new Object[] {number, whole});
                }));
    return out;
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
