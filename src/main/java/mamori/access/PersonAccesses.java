package mamori.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
import org.jspecify.annotations.Nullable;

/**
 * A person's access history, for the tenant's own staff and auditors and for the resident themself,
 * a page at a time, newest first: each row with its log index and its inclusion proof against one
 * signed checkpoint for the whole page, so the reader can check that the history shown is the one
 * the log committed to. Refusals of one actor close together fold into one row that says how many
 * ({@link HistoryPager} says how and why). Records not yet under the checkpoint come without a
 * proof.
 */
public final class PersonAccesses {
  /** The organisation a resident's own viewings are recorded under. */
  public static final OrganisationId RESIDENT = new OrganisationId("resident");

  /** The rows of a page when the reader names no number. */
  public static final int DEFAULT_PAGE = 50;

  /** The most rows of a page. */
  public static final int MAX_PAGE = 200;

  /** Refusals of one actor closer than this to each other fold into one row. */
  public static final Duration FOLD_SPAN = HistoryPager.FOLD_SPAN;

  /**
   * Where a page begins: at the newest record, below a log index (older records) or above one
   * (newer records). A log index never moves, so a cursor names the same place however many records
   * arrive after it.
   */
  public sealed interface Cursor {
    /** The newest records. */
    Cursor NEWEST = new Newest();

    /** The newest records. */
    record Newest() implements Cursor {}

    /** The newest records below {@code index}. */
    record Before(long index) implements Cursor {
      public Before {
        if (index < 0) {
          throw new IllegalArgumentException("before is a log index, 0 or more");
        }
      }
    }

    /** The oldest records above {@code index}, shown newest first. */
    record After(long index) implements Cursor {
      public After {
        if (index < 0) {
          throw new IllegalArgumentException("after is a log index, 0 or more");
        }
      }
    }
  }

  /**
   * One row of the history: one record, or {@code count} refusals folded together. {@code index}
   * and {@code time} are those of its newest record, {@code firstIndex} and {@code firstTime} of
   * its oldest; {@code fields} are every field its records named; {@code entry} is the newest
   * record's canonical bytes (base64) and {@code proof} that record's audit path (base64 hashes),
   * empty when it is not yet under the checkpoint.
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
      int count,
      long firstIndex,
      String firstTime,
      String entry,
      List<String> proof) {}

  /**
   * A page of the history: the checkpoint note every proof of the page leads to, its tree size, the
   * rows newest first, the cursors of the older page ({@code before}) and of the newer page ({@code
   * after}), each null when there is no such page, and how many of the resident's own viewings the
   * page covered without listing them (none for staff, who see them as rows) and when the latest
   * was ("" for none).
   */
  public record History(
      String checkpoint,
      long treeSize,
      List<Entry> entries,
      @Nullable Long older,
      @Nullable Long newer,
      int ownViews,
      String lastOwnView) {}

  private static final Base64.Encoder BASE64 = Base64.getEncoder();
  private static final int MAX_CHUNK = 1_024;

  private final TransparencyLogs logs;
  private final Vault vault;
  private final Clock clock;

  public PersonAccesses(TransparencyLogs logs, Vault vault, Clock clock) {
    this.logs = logs;
    this.vault = vault;
    this.clock = clock;
  }

  /**
   * A page of the accesses of the person the tenant's token names. Reading a history is an access
   * too: it is logged as {@code history} on the person with the purpose and case it is read for,
   * before anything is read, and a refusal as {@code deny:role.not-allowed}.
   *
   * @param size the most rows, 1 to {@link #MAX_PAGE}
   * @param fold whether refusals fold (false lists each record)
   * @throws IllegalArgumentException when {@code size} is out of range; nothing is logged
   * @throws AccessException {@code role.not-allowed} for anyone but the tenant's staff and
   *     auditors, or {@code person.not-found} when the log names no such person
   */
  public History of(
      Principal p, AgencyToken token, Why why, Cursor cursor, int size, boolean fold) {
    checkSize(size);
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
    return history(log, token, cursor, size, fold, r -> false);
  }

  /**
   * A page of the accesses of the resident's own record, for the resident portal. The resident's
   * reading is logged as {@code history} (actor the resident id, organisation {@link #RESIDENT})
   * before anything is read; a person the log never named gives an empty history. The resident's
   * own viewings are counted, not listed, so that they never crowd out the accesses of others.
   *
   * @throws IllegalArgumentException when {@code size} is out of range; nothing is logged
   */
  public History forResident(
      String tenant, String residentId, AgencyToken token, Cursor cursor, int size, boolean fold) {
    checkSize(size);
    TenantLog log = logs.forTenant(tenant);
    Who resident = new Who(new UserId(residentId), RESIDENT, new TenantId(tenant));
    log.append(
        AccessRecord.of(
            attempt(resident, Why.NONE, Optional.of(token.person())), Outcome.allowed()));
    // only this resident's own viewings are counted rather than listed: nothing another actor did,
    // whatever its organisation is called, can be kept out of the resident's view
    return history(
        log,
        token,
        cursor,
        size,
        fold,
        r ->
            r.organisation().equals(RESIDENT.value())
                && r.actor().equals(residentId)
                && r.action().equals(Action.HISTORY.code())
                && r.allowed());
  }

  private static void checkSize(int size) {
    if (size < 1 || size > MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + MAX_PAGE + " rows, not " + size);
    }
  }

  private History history(
      TenantLog log,
      AgencyToken token,
      Cursor cursor,
      int size,
      boolean fold,
      Predicate<AccessRecord> hide) {
    String checkpoint = log.publishedCheckpoint().orElse("");
    long treeSize = checkpoint.isEmpty() ? 0 : Long.parseLong(checkpoint.split("\n")[1]);
    String person = token.value();
    boolean older = !(cursor instanceof Cursor.After);
    long at =
        switch (cursor) {
          case Cursor.Newest _ -> Long.MAX_VALUE;
          case Cursor.Before b -> b.index();
          case Cursor.After a -> a.index();
        };
    HistoryPager pager = new HistoryPager(size, fold, hide);
    boolean more = false;
    int chunk = size + 1;
    scan:
    while (true) {
      List<Long> indexes =
          older ? log.indicesBefore(person, at, chunk) : log.indicesAfter(person, at, chunk);
      if (indexes.isEmpty()) {
        break;
      }
      List<byte[]> entries = log.entriesAt(indexes);
      for (int k = 0; k < indexes.size(); k++) {
        int i = older ? indexes.size() - 1 - k : k;
        byte[] entry = entries.get(i);
        if (!pager.take(new HistoryPager.Read(indexes.get(i), log.decode(entry), entry))) {
          more = true;
          break scan;
        }
      }
      if (indexes.size() < chunk) {
        break;
      }
      at = older ? indexes.getFirst() : indexes.getLast();
      chunk = Math.min(chunk * 2, MAX_CHUNK);
    }
    HistoryPager.Result page = pager.result(more);
    List<Long> proved =
        page.rows().stream().map(r -> r.newest.index()).filter(i -> i < treeSize).sorted().toList();
    List<List<byte[]>> paths = log.inclusionProofs(proved, treeSize);
    Map<Long, List<String>> proofs = new HashMap<>();
    for (int i = 0; i < proved.size(); i++) {
      proofs.put(proved.get(i), paths.get(i).stream().map(BASE64::encodeToString).toList());
    }
    List<Entry> rows = new ArrayList<>(page.rows().size());
    for (HistoryPager.Row row : page.rows()) {
      AccessRecord r = row.newest.record();
      rows.add(
          new Entry(
              row.newest.index(),
              r.time().toString(),
              r.actor(),
              r.organisation(),
              r.chain(),
              r.purpose(),
              r.caseRef(),
              r.action(),
              List.copyOf(row.fields),
              r.decision(),
              row.count,
              row.oldest.index(),
              row.oldest.record().time().toString(),
              BASE64.encodeToString(row.newest.entry()),
              proofs.getOrDefault(row.newest.index(), List.of())));
    }
    // the cursor on in the direction read comes from the scan; the other one is asked of the index
    Long olderPage;
    Long newerPage;
    if (older) {
      olderPage = page.more() ? page.lowest() : null;
      long top =
          switch (cursor) {
            case Cursor.Before b -> page.highest() >= 0 ? page.highest() : b.index() - 1;
            default -> -1; // the newest page has no newer one
          };
      newerPage = top >= 0 && !log.indicesAfter(person, top, 1).isEmpty() ? top : null;
    } else {
      newerPage = page.more() ? page.highest() : null;
      long bottom = page.lowest() >= 0 ? page.lowest() : ((Cursor.After) cursor).index() + 1;
      olderPage = !log.indicesBefore(person, bottom, 1).isEmpty() ? bottom : null;
    }
    Instant lastHidden = page.lastHidden();
    return new History(
        checkpoint,
        treeSize,
        rows,
        olderPage,
        newerPage,
        page.hidden(),
        lastHidden == null ? "" : lastHidden.toString());
  }

  private Attempt attempt(Who who, Why why, Optional<PersonToken> person) {
    return new Attempt(who, List.of(), why, Action.HISTORY, person, Set.of(), clock.instant());
  }
}
