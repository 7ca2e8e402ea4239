package mamori.access;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.vault.Vault;

/**
 * A person's access history, for the tenant's own staff and auditors and for the resident themself:
 * each record with its index in the log and its inclusion proof against the latest signed
 * checkpoint, so the reader can check that the history shown is the one the log committed to.
 * Records not yet under a checkpoint come without a proof.
 */
public final class PersonAccesses {
  /** The organisation a resident's own viewings are recorded under. */
  public static final OrganisationId RESIDENT = new OrganisationId("resident");

  /**
   * One access of the history; {@code proof} is base64 hashes, empty when not yet under the
   * checkpoint.
   */
  public record Entry(
      long index,
      String time,
      String actor,
      String organisation,
      List<String> chain,
      String purpose,
      String caseRef,
      String action,
      List<String> fields,
      String decision,
      List<String> proof) {
    static Entry of(long index, AccessRecord r, List<String> proof) {
      return new Entry(
          index,
          r.time().toString(),
          r.actor(),
          r.organisation(),
          r.chain(),
          r.purpose(),
          r.caseRef(),
          r.action(),
          r.fields(),
          r.decision(),
          proof);
    }
  }

  /**
   * The history: the checkpoint note the proofs lead to, its tree size, and the entries oldest
   * first.
   */
  public record History(String checkpoint, long treeSize, List<Entry> entries) {}

  private final TransparencyLogs logs;
  private final Vault vault;
  private final Clock clock;

  public PersonAccesses(TransparencyLogs logs, Vault vault, Clock clock) {
    this.logs = logs;
    this.vault = vault;
    this.clock = clock;
  }

  /**
   * The newest {@code limit} accesses of the person the tenant's token names. Reading a history is
   * an access too: it is logged as {@code history} on the person with the purpose and case it is
   * read for, before anything is read, and a refusal as {@code deny:role.not-allowed}.
   *
   * @throws AccessException {@code role.not-allowed} for anyone but the tenant's staff and
   *     auditors, or {@code person.not-found} when the log names no such person
   */
  public History of(Principal p, AgencyToken token, Why why, int limit) {
    TenantLog log = logs.forTenant(p.tenantId().value());
    if (!p.controller() || (p.role() != Role.STAFF && p.role() != Role.AUDITOR)) {
      log.append(
          AccessRecord.of(
              attempt(p.who(), why, Optional.empty()), Outcome.denied(Reason.ROLE_NOT_ALLOWED)));
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "only the tenant's staff and auditors read access histories");
    }
    if (!vault.knows(p.tenantId().value(), token)) {
      throw new AccessException(Reason.PERSON_NOT_FOUND, "no such person");
    }
    log.append(
        AccessRecord.of(attempt(p.who(), why, Optional.of(token.person())), Outcome.allowed()));
    return history(log, token, limit);
  }

  /**
   * The newest {@code limit} accesses of the resident's own record, for the resident portal. The
   * resident's reading is logged as {@code history} (actor the resident id, organisation {@link
   * #RESIDENT}) before anything is read; a person the log never named gives an empty history.
   */
  public History forResident(String tenant, String residentId, AgencyToken token, int limit) {
    TenantLog log = logs.forTenant(tenant);
    Who resident = new Who(new UserId(residentId), RESIDENT, new TenantId(tenant));
    log.append(
        AccessRecord.of(
            attempt(resident, Why.NONE, Optional.of(token.person())), Outcome.allowed()));
    return history(log, token, limit);
  }

  private History history(TenantLog log, AgencyToken token, int limit) {
    String checkpoint = log.checkpoint().orElse("");
    long treeSize = checkpoint.isEmpty() ? 0 : Long.parseLong(checkpoint.split("\n")[1]);
    List<Long> indices = log.indicesFor(token.value());
    List<AccessRecord> records = log.entriesFor(token.value(), limit);
    List<Long> newest =
        indices.subList(Math.max(0, indices.size() - records.size()), indices.size());
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < records.size() && i < newest.size(); i++) {
      long index = newest.get(i);
      List<String> proof =
          index < treeSize
              ? log.inclusionProof(index, treeSize).stream()
                  .map(h -> Base64.getEncoder().encodeToString(h))
                  .toList()
              : List.of();
      entries.add(Entry.of(index, records.get(i), proof));
    }
    return new History(checkpoint, treeSize, entries);
  }

  private Attempt attempt(Who who, Why why, Optional<PersonToken> person) {
    return new Attempt(who, List.of(), why, Action.HISTORY, person, Set.of(), clock.instant());
  }
}
