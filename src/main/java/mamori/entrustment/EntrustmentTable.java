package mamori.entrustment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.entrustment.Entrustment.Approval;
import mamori.entrustment.Entrustment.Status;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The entrustment table of V7__entrustment.sql. State changes are conditional updates on the state
 * read before ({@code WHERE status = ?}), so two concurrent changes cannot both succeed.
 */
final class EntrustmentTable {
  private static final String COLUMNS =
      "entrustment_id, tenant_id, parent_id, from_org, to_org, status, approval,"
          + " approved_by, approved_at, advance_by, advance_at, confidentiality, no_takeout, staff, inspection,"
          + " purpose_only, return_or_disposal, compliance_reports, advance_sub, advance_documents, advance_reports,"
          + " purposes, fields, person_kind, person_ref, period_from, period_to, daily_cap, actions";

  private final JdbcClient jdbc;

  EntrustmentTable(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  void insert(Entrustment e, String requestedBy, Instant now) {
    Contract k = e.contract();
    Scope s = e.scope();
    Object[] values = {
      e.id(),
      e.tenant(),
      e.parent(),
      e.from(),
      e.to(),
      e.status().name(),
      e.approval() == null ? "none" : e.approval().advance() ? "advance" : "explicit",
      by(e.approval()),
      at(e.approval()),
      by(e.advanceApproval()),
      at(e.advanceApproval()),
      bit(k.confidentiality()),
      bit(k.noTakingOffPremises()),
      String.join("\n", k.staff()),
      bit(k.inspectionRight()),
      bit(k.noUseOutsidePurpose()),
      bit(k.returnOrDisposal()),
      k.complianceReports(),
      k.advance() == null ? null : k.advance().subcontractor(),
      k.advance() == null ? null : k.advance().capabilityDocuments(),
      bit(k.advance() != null && k.advance().regularReports()),
      String.join(",", s.purposes()),
      fields(s.fields()),
      personKind(s.persons()),
      personRef(s.persons()),
      s.from().toString(),
      s.to().toString(),
      s.dailyCap(),
      s.actions().stream().map(Action::name).collect(Collectors.joining(",")),
      now.toEpochMilli(),
      now.toEpochMilli(),
      requestedBy
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        values[i] = new SqlParameterValue(i == 8 || i == 10 ? Types.BIGINT : Types.VARCHAR, null);
      }
    }
    jdbc.sql(
            "INSERT INTO entrustment ("
                + COLUMNS
                + ", created_at, updated_at, requested_by) VALUES ("
                + "?, ".repeat(31)
                + "?)")
        .params(values)
        .update();
  }

  Optional<Entrustment> byId(String tenant, String id) {
    List<Entrustment> found = select("WHERE tenant_id = ? AND entrustment_id = ?", tenant, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
  }

  /** The user who requested {@code id}; empty for one stored before V20 recorded it. */
  Optional<String> requestedBy(String tenant, String id) {
    return jdbc.sql(
            "SELECT requested_by FROM entrustment WHERE tenant_id = ? AND entrustment_id = ?")
        .params(tenant, id)
        .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(o -> o);
  }

  /** The entrustments held by {@code org}, oldest first. */
  List<Entrustment> heldBy(String tenant, String org) {
    return select(
        "WHERE tenant_id = ? AND to_org = ? ORDER BY created_at, entrustment_id", tenant, org);
  }

  /** How many re-entrustments {@code org} has requested that are still waiting for approval. */
  long pendingFrom(String tenant, String org) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM entrustment WHERE tenant_id = ? AND from_org = ? AND status = ?")
        .params(tenant, org, Status.REQUESTED.name())
        .query(Long.class)
        .single();
  }

  /** Every entrustment of a tenant, oldest first. */
  List<Entrustment> all(String tenant) {
    return select("WHERE tenant_id = ? ORDER BY created_at, entrustment_id", tenant);
  }

  /** The tenant's entrustments whose person set is {@code persons}, oldest first. */
  List<Entrustment> covering(String tenant, PersonSet persons) {
    return select(
        "WHERE tenant_id = ? AND person_kind = ? AND person_ref = ?"
            + " ORDER BY created_at, entrustment_id",
        tenant,
        personKind(persons),
        personRef(persons));
  }

  /** The entrustments given by {@code org}, oldest first. */
  List<Entrustment> givenBy(String tenant, String org) {
    return select(
        "WHERE tenant_id = ? AND from_org = ? ORDER BY created_at, entrustment_id", tenant, org);
  }

  /**
   * Moves {@code id} from {@code expected} to {@code next}, with the approval when one is given.
   */
  boolean move(
      String tenant,
      String id,
      Status expected,
      Status next,
      @Nullable Approval approval,
      Instant now) {
    List<Object> params = new ArrayList<>(List.of(next.name()));
    if (approval != null) {
      params.addAll(
          List.of(
              approval.advance() ? "advance" : "explicit",
              approval.by(),
              approval.at().toEpochMilli()));
    }
    params.addAll(List.of(now.toEpochMilli(), tenant, id, expected.name()));
    String set = approval == null ? "" : ", approval = ?, approved_by = ?, approved_at = ?";
    return jdbc.sql(
                "UPDATE entrustment SET status = ?"
                    + set
                    + ", updated_at = ? WHERE tenant_id = ?"
                    + " AND entrustment_id = ? AND status = ?")
            .params(params)
            .update()
        == 1;
  }

  /**
   * Replaces the staff list of {@code id}, when it is still {@code expected} (so of two concurrent
   * changes one fails) and the entrustment is not revoked.
   */
  boolean changeStaff(
      String tenant, String id, List<String> expected, List<String> next, Instant now) {
    return jdbc.sql(
                "UPDATE entrustment SET staff = ?, updated_at = ? WHERE tenant_id = ?"
                    + " AND entrustment_id = ? AND staff = ? AND status <> ?")
            .params(
                String.join("\n", next),
                now.toEpochMilli(),
                tenant,
                id,
                String.join("\n", expected),
                Status.REVOKED.name())
            .update()
        == 1;
  }

  /** Records the advance permission on {@code id}, once. */
  boolean approveInAdvance(String tenant, String id, Approval approval) {
    return jdbc.sql(
                "UPDATE entrustment SET advance_by = ?, advance_at = ?, updated_at = ? WHERE tenant_id = ?"
                    + " AND entrustment_id = ? AND advance_by IS NULL")
            .params(
                approval.by(),
                approval.at().toEpochMilli(),
                approval.at().toEpochMilli(),
                tenant,
                id)
            .update()
        == 1;
  }

  private List<Entrustment> select(String where, String... args) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM entrustment " + where)
        .params((Object[]) args)
        .query((rs, n) -> read(rs))
        .list();
  }

  private static Entrustment read(ResultSet rs) throws SQLException {
    String sub = rs.getString(19);
    // rows stored before the contract's bounds held whatever was sent: they are read within the
    // bounds (free text and the staff list's tail cut), so that one of them cannot break every
    // listing of its tenant; what decides anything (a staff list is not empty, the subcontractor's
    // id) is unchanged by the cut
    List<String> staff = lines(rs.getString(14));
    Contract contract =
        new Contract(
            rs.getInt(12) == 1,
            rs.getInt(13) == 1,
            staff.size() > Contract.MAX_STAFF ? staff.subList(0, Contract.MAX_STAFF) : staff,
            rs.getInt(15) == 1,
            rs.getInt(16) == 1,
            rs.getInt(17) == 1,
            cut(rs.getString(18)),
            sub == null
                ? null
                : new Contract.AdvanceTerms(
                    sub.length() > 64 ? "" : sub, cut(rs.getString(20)), rs.getInt(21) == 1));
    PersonSet persons = persons(rs.getString(24), rs.getString(25));
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (String pair : rs.getString(23).split(",")) {
      String[] p = pair.split(":");
      fields.put(Field.ofColumn(p[0]).orElseThrow(), Mask.valueOf(p[1]));
    }
    Scope scope =
        new Scope(
            Arrays.stream(rs.getString(22).split(",")).collect(Collectors.toSet()),
            fields,
            persons,
            LocalDate.parse(rs.getString(26)),
            LocalDate.parse(rs.getString(27)),
            rs.getLong(28),
            Arrays.stream(rs.getString(29).split(","))
                .map(Action::valueOf)
                .collect(Collectors.toSet()));
    String approval = rs.getString(7);
    Approval approved =
        approval.equals("none")
            ? null
            : new Approval(
                approval.equals("advance"), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9)));
    String advanceBy = rs.getString(10);
    Approval advance =
        advanceBy == null
            ? null
            : new Approval(true, advanceBy, Instant.ofEpochMilli(rs.getLong(11)));
    return new Entrustment(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        contract,
        scope,
        Status.valueOf(rs.getString(6)),
        approved,
        advance);
  }

  private static String cut(String text) {
    return text.length() > Contract.MAX_TEXT ? text.substring(0, Contract.MAX_TEXT) : text;
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  private static String fields(Map<Field, Mask> fields) {
    return fields.entrySet().stream()
        .map(f -> f.getKey().column() + ":" + f.getValue().name())
        .collect(Collectors.joining(","));
  }

  /**
   * The person set of a stored row: {@code ALL}, {@code TAG}, {@code LIST} or {@code JOB} with its
   * reference. {@code SEGMENT}, written before V25 renamed it, is read as the tag it always was.
   */
  static PersonSet persons(String kind, String ref) {
    return switch (kind) {
      case "ALL" -> PersonSet.ALL;
      case "TAG", "SEGMENT" -> new PersonSet.Tagged(mamori.core.PersonTag.parse(ref));
      case "LIST" -> new PersonSet.Listed(ref);
      default -> new PersonSet.Job(ref);
    };
  }

  static String personKind(PersonSet p) {
    return switch (p) {
      case PersonSet.All a -> "ALL";
      case PersonSet.Tagged t -> "TAG";
      case PersonSet.Listed l -> "LIST";
      case PersonSet.Job j -> "JOB";
    };
  }

  static String personRef(PersonSet p) {
    return switch (p) {
      case PersonSet.All a -> "";
      case PersonSet.Tagged t -> t.tag().text();
      case PersonSet.Listed l -> l.listId();
      case PersonSet.Job j -> j.jobId();
    };
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }

  private static @Nullable String by(@Nullable Approval a) {
    return a == null ? null : a.by();
  }

  private static @Nullable Long at(@Nullable Approval a) {
    return a == null ? null : a.at().toEpochMilli();
  }
}
