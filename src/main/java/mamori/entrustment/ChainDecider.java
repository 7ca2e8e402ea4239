package mamori.entrustment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.entrustment.Entrustment.Status;
import org.jspecify.annotations.Nullable;

/**
 * The decision of {@link Entrustments#decide}.
 *
 * <p>Design. The tenant's own staff need no chain: a registered purpose and a working role suffice.
 * Anyone else works through an entrustment their organisation holds; each one is walked up to the
 * tenant and every link is checked, root first: it stands (active, approved, not expired, no
 * ancestor suspended or revoked: a cut ancestor cuts without rewriting its descendants), the acting
 * user is on the staff list of the entrustment their organisation holds ({@code staff.not-listed}),
 * and its scope grants the purpose, the action, the day, every field (the strictest masking of the
 * chain wins), the person, and room in its daily volume. The first holding that allows decides;
 * when none does, the reason given is that of the first holding that grants the purpose, or {@code
 * purpose.not-granted} when none does. Volume is only read here: the gate consumes it after logging
 * ({@link Entrustments#tryConsume}).
 *
 * <p>A chain is a first entrustment and at most {@link #MAX_REENTRUSTMENTS} re-entrustments below
 * it; creating a deeper one is refused ({@code chain.too-deep}). A walk that finds more (a cycle
 * written into the store by hand) throws rather than decide on a chain cut short of its root, whose
 * suspension or revocation it would miss.
 */
final class ChainDecider {
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** How many re-entrustments a chain may hold below its first entrustment. */
  static final int MAX_REENTRUSTMENTS = 64;

  private final Lookup live;
  private final VolumeLeases volume;

  /**
   * Decides over {@code live}, the tables as they are, unless a decision is given its own lookup.
   */
  ChainDecider(Lookup live, VolumeLeases volume) {
    this.live = live;
    this.volume = volume;
  }

  Decision decide(Request r) {
    return decide(r, live);
  }

  Decision decide(Request r, Lookup at) {
    LocalDate day = LocalDate.ofInstant(r.time(), JAPAN);
    Optional<Organisation> org = at.organisation(r.organisation().value());
    if (org.isEmpty()) {
      return Decision.deny(Reason.CHAIN_NONE, "", List.of(), day);
    }
    String tenant = org.get().tenant();
    if (at.purposes(tenant).stream().noneMatch(p -> p.id().equals(r.why().purpose()))) {
      return Decision.deny(Reason.PURPOSE_UNKNOWN, tenant, List.of(), day);
    }
    if (!r.role().works()) {
      return Decision.deny(Reason.ROLE_NOT_ALLOWED, tenant, List.of(), day);
    }
    if (org.get().kind() == Organisation.Kind.CONTROLLER) {
      Map<Field, Mask> all = new EnumMap<>(Field.class);
      r.fields().forEach(f -> all.put(f, Mask.NONE));
      return Decision.allow(all, tenant, List.of(), day);
    }
    List<Entrustment> held = at.heldBy(tenant, r.organisation().value());
    if (held.isEmpty()) {
      return Decision.deny(Reason.CHAIN_NONE, tenant, List.of(), day);
    }
    Map<String, Entrustment> seen = new HashMap<>();
    @Nullable Decision first = null;
    for (Entrustment e : held) {
      List<Entrustment> chain = chain(e, seen, at);
      Decision d = check(r, tenant, chain, day);
      if (d.allowed()) {
        return d;
      }
      if (first == null && e.scope().purposes().contains(r.why().purpose())) {
        first = d;
      }
    }
    return first != null
        ? first
        : Decision.deny(Reason.PURPOSE_NOT_GRANTED, tenant, List.of(), day);
  }

  /** The chain from the root down to {@code e}. */
  List<Entrustment> chain(Entrustment e, Map<String, Entrustment> seen) {
    return chain(e, seen, live);
  }

  List<Entrustment> chain(Entrustment e, Map<String, Entrustment> seen, Lookup at) {
    List<Entrustment> chain = new ArrayList<>();
    chain.add(e);
    Entrustment link = e;
    while (link.parent() != null) {
      if (chain.size() > MAX_REENTRUSTMENTS) {
        throw new IllegalStateException(
            "entrustment "
                + e.id()
                + " of tenant "
                + e.tenant()
                + " lies more than "
                + MAX_REENTRUSTMENTS
                + " re-entrustments below its root; its chain is not decided");
      }
      String parent = link.parent();
      link =
          seen.containsKey(parent)
              ? seen.get(parent)
              : at.byId(e.tenant(), parent)
                  .orElseThrow(() ->
                      new IllegalStateException(
                          "entrustment " + parent + " of tenant " + e.tenant() + " is missing"));
      seen.put(parent, link);
      chain.addFirst(link);
    }
    return chain;
  }

  /** Where the last link of {@code chain} stands on {@code day}. */
  static Standing standing(List<Entrustment> chain, LocalDate day) {
    for (int i = 0; i < chain.size(); i++) {
      Entrustment link = chain.get(i);
      Status s =
          link.status() != Status.REVOKED && day.isAfter(link.scope().to())
              ? Status.EXPIRED
              : link.status();
      boolean last = i == chain.size() - 1;
      if (last || s != Status.ACTIVE) {
        return new Standing(s, last ? null : link.id());
      }
    }
    throw new IllegalArgumentException("an empty chain");
  }

  private Decision check(Request r, String tenant, List<Entrustment> chain, LocalDate day) {
    List<String> ids = chain.stream().map(Entrustment::id).toList();
    Standing standing = standing(chain, day);
    if (!standing.active()) {
      Reason code =
          switch (standing.status()) {
            case REQUESTED -> Reason.CHAIN_NOT_APPROVED;
            case SUSPENDED -> Reason.CHAIN_SUSPENDED;
            case REVOKED -> Reason.CHAIN_REVOKED;
            default -> Reason.CHAIN_EXPIRED;
          };
      return Decision.deny(code, tenant, ids, day);
    }
    // issue 14: only the staff listed on the contract of the entrustment the operator's
    // organisation holds work through it, admins and officers of that organisation included
    if (!chain.getLast().contract().staff().contains(r.user().value())) {
      return Decision.deny(Reason.STAFF_NOT_LISTED, tenant, ids, day);
    }
    Map<Field, Mask> shown = new EnumMap<>(Field.class);
    for (Entrustment link : chain) {
      Scope s = link.scope();
      @Nullable Reason code =
          !s.purposes().contains(r.why().purpose())
              ? Reason.PURPOSE_NOT_GRANTED
              : !s.actions().contains(r.action())
                  ? Reason.ACTION_NOT_ALLOWED
                  : day.isBefore(s.from())
                      ? Reason.PERIOD_OUTSIDE
                      : !s.fields().keySet().containsAll(r.fields())
                          ? Reason.FIELD_OUT_OF_SCOPE
                          : !(s.persons() instanceof PersonSet.All)
                                  && !r.personIn().test(s.persons())
                              ? Reason.PERSON_OUT_OF_SCOPE
                              : !volume.holdsRoom(tenant, link.id(), day)
                                      && volume.count(tenant, link.id(), day) >= s.dailyCap()
                                  ? Reason.VOLUME_EXCEEDED
                                  : null;
      if (code != null) {
        return Decision.deny(code, tenant, ids, day);
      }
      for (Field f : r.fields()) {
        shown.merge(f, s.fields().get(f), Mask::stricter);
      }
    }
    return Decision.allow(shown, tenant, ids, day);
  }
}
