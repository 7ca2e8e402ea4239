package mamori.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.Standing;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's entrustments as the tree they form: the tenant's first entrustments at the top, each
 * re-entrustment under the entrustment it re-entrusts. Read through {@link Entrustments} only (what
 * each organisation gives), so the tree shows exactly what the entrustment module holds.
 */
final class EntrustmentTree {
  /** One entrustment as a page shows it; states are lower-case codes ({@code requested}, ...). */
  record Node(
      String id,
      String from,
      String fromName,
      String to,
      String toName,
      String status,
      @Nullable String cutBy,
      List<String> purposes,
      List<FieldScope> fields,
      String persons,
      String period,
      long dailyCap,
      List<String> actions,
      @Nullable String approvedBy,
      List<String> staff,
      List<Node> children,
      @Nullable String toCountry) {}

  /** A field in scope and the masking it is shown at ({@code none} or {@code partial}). */
  record FieldScope(String column, String mask) {}

  private final Entrustments entrustments;
  private final Map<String, List<Entrustment>> given = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  private EntrustmentTree(Entrustments entrustments) {
    this.entrustments = entrustments;
  }

  /** The tree of {@code tenant}'s entrustments, first entrustments oldest first. */
  static List<Node> of(Entrustments entrustments, String tenant) {
    EntrustmentTree t = new EntrustmentTree(entrustments);
    Set<String> seen = new HashSet<>();
    List<Node> roots = new ArrayList<>();
    for (Entrustment e : t.givenBy(tenant)) {
      if (e.parent() == null && seen.add(e.id())) {
        roots.add(t.node(e, seen));
      }
    }
    return roots;
  }

  /** Every node of {@code roots}, depth first. */
  static List<Node> flatten(List<Node> roots) {
    List<Node> out = new ArrayList<>();
    for (Node n : roots) {
      out.add(n);
      out.addAll(flatten(n.children()));
    }
    return out;
  }

  /** One entrustment without its children, for a confirmation page or the desk. */
  static Node single(Entrustments entrustments, Entrustment e) {
    return new EntrustmentTree(entrustments).view(e, List.of());
  }

  private Node node(Entrustment e, Set<String> seen) {
    List<Node> children = new ArrayList<>();
    for (Entrustment c : givenBy(e.to())) {
      if (e.id().equals(c.parent()) && seen.add(c.id())) {
        children.add(node(c, seen));
      }
    }
    return view(e, children);
  }

  private Node view(Entrustment e, List<Node> children) {
    Standing s = entrustments.standing(e);
    List<FieldScope> fields = new ArrayList<>();
    e.scope()
        .fields()
        .forEach(
            (f, m) -> fields.add(new FieldScope(f.column(), m.name().toLowerCase(Locale.ROOT))));
    String persons = e.scope().persons().text();
    return new Node(
        e.id(),
        e.from(),
        name(e.from()),
        e.to(),
        name(e.to()),
        s.status().name().toLowerCase(Locale.ROOT),
        s.cutBy(),
        List.copyOf(e.scope().purposes()),
        fields,
        persons,
        e.scope().from() + " – " + e.scope().to(),
        e.scope().dailyCap(),
        e.scope().actions().stream().map(Action::code).toList(),
        e.approval() == null ? null : e.approval().by() + " " + Pages.time(e.approval().at()),
        e.contract().staff(),
        List.copyOf(children),
        abroad(e.to()));
  }

  /**
   * The country where the taking organisation works when it is not Japan (issue 14: work sent
   * abroad against the contract is shown prominently); null for Japan.
   */
  private @Nullable String abroad(String organisation) {
    return entrustments
        .organisation(organisation)
        .filter(Organisation::abroad)
        .map(Organisation::country)
        .orElse(null);
  }

  private List<Entrustment> givenBy(String organisation) {
    return given.computeIfAbsent(organisation, entrustments::givenBy);
  }

  private String name(String organisation) {
    return names.computeIfAbsent(
        organisation, o -> entrustments.organisation(o).map(Organisation::name).orElse(o));
  }

  /** How many entrustments stand in each state, in the order of the states. */
  static Map<String, Long> countByState(List<Node> roots) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Entrustment.Status s : Entrustment.Status.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), 0L);
    }
    flatten(roots).forEach(n -> counts.merge(n.status(), 1L, Long::sum));
    return counts;
  }
}
