package mamori.entrustment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;

/*
 * Design. The contract document is what an inspection or a court asks for first, so it is kept next
 * to the entrustment, versioned, and sealed like a person's fields: AES-256-GCM under the tenant's
 * field keyset (crypto.TenantKeys#fieldAead), with associated data naming the tenant, the entrustment
 * and the version, so a sealed blob moved to another entrustment, tenant or version does not open.
 * Its SHA-256 goes into the tenant's log (entrustment.contract-upload) BEFORE the row is stored: when
 * the log cannot record it, nothing is stored (fail closed); when the store then fails, the log
 * over-reports an attempt, never under-reports a document. The log's case is
 * "<id> v<version> sha256:<base64url>" (base64url, 43 characters, so the case stays within 100 and a
 * hash in hex, often holding twelve digits in a row, is not refused as a number); the API and the
 * table give the hex. Every download is logged before the bytes are handed out; a refused one is
 * logged as deny:<code> as refused entrustment changes are.
 */
/**
 * The contract documents (PDF) of entrustments: upload, list and download, by the parties only.
 *
 * <p>Uploads: the tenant's security officer, or the entrusting body's admin or officer (who made
 * the entrustment). Downloads and listing: the admins of the giving and of the holding
 * organisation, and the tenant's security officer and auditor.
 */
public final class EntrustmentContracts {
  /** The largest document accepted: 4 MiB, a scanned contract of a few dozen pages. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final String FAILED = "the contract store failed";

  /**
   * One stored version of a contract document.
   *
   * @param entrustment the entrustment's id
   * @param version 1 for the first upload, then 2, ...
   * @param sha256 the document's SHA-256 in lower-case hex
   * @param size its length in bytes
   * @param uploadedBy the uploading user's id
   * @param uploadedAt when
   */
  public record Version(
      String entrustment,
      int version,
      String sha256,
      long size,
      String uploadedBy,
      Instant uploadedAt) {
    public Version {
      Objects.requireNonNull(sha256, "sha256");
      uploadedAt = Instant.ofEpochMilli(uploadedAt.toEpochMilli());
    }
  }

  /** A downloaded document and the version it is. */
  public record Document(Version version, byte[] pdf) {}

  private final Entrustments entrustments;
  private final ContractTable table;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Clock clock;

  public EntrustmentContracts(
      DataSource store,
      Entrustments entrustments,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock) {
    this.entrustments = entrustments;
    this.table = new ContractTable(store);
    this.keys = keys;
    this.logs = logs;
    this.clock = clock;
  }

  /**
   * Stores {@code pdf} as the next version of {@code id}'s contract, logged first with its SHA-256.
   *
   * @throws IllegalArgumentException when it is not a PDF or is empty or larger than {@link
   *     #MAX_BYTES}; nothing is logged or stored
   * @throws EntrustmentException refused ({@code entrustment.unknown}, {@code
   *     approval.not-root-officer}, {@code state.changed}), logged as such
   * @throws LogUnavailableException when the log cannot record it; nothing is stored
   */
  public Version upload(String id, byte[] pdf, Caller caller) {
    requirePdf(pdf);
    byte[] digest = sha256(pdf);
    try {
      return Sql.run(
          FAILED,
          () -> {
            Entrustment e = find(id, caller);
            boolean rootOfficer =
                caller.organisation().equals(e.tenant()) && caller.role() == Role.SECURITY_OFFICER;
            boolean giver =
                caller.organisation().equals(e.from())
                    && (caller.role() == Role.SECURITY_OFFICER || caller.role() == Role.ORG_ADMIN);
            if (!rootOfficer && !giver) {
              throw EntrustmentChanges.refused(
                  Reason.APPROVAL_NOT_ROOT_OFFICER,
                  "the tenant's security officer, or the entrusting body's admin or officer,"
                      + " uploads the contract of "
                      + id);
            }
            int version = table.nextVersion(e.tenant(), id);
            String caseRef = id + " v" + version + " sha256:" + base64url(digest);
            if (NumberText.holdsNumber(caseRef)) {
              // about one document in a hundred million: its hash cannot be written to the log
              throw new IllegalArgumentException(
                  "this document's hash cannot be logged (it reads as a number); save the PDF"
                      + " again and upload that");
            }
            Instant now = clock.instant();
            Version v =
                new Version(
                    id, version, HexFormat.of().formatHex(digest), pdf.length, caller.user(), now);
            byte[] sealed = seal(e.tenant(), id, version, pdf);
            log(caller, e, Action.ENTRUSTMENT_CONTRACT_UPLOAD, caseRef, now);
            if (!table.insert(e.tenant(), v, sealed)) {
              throw EntrustmentChanges.refused(
                  Reason.STATE_CHANGED,
                  "another upload took version " + version + " of " + id + "; upload again");
            }
            return v;
          });
    } catch (EntrustmentException refused) {
      entrustments.logRefusal(Action.ENTRUSTMENT_CONTRACT_UPLOAD, caller, id, refused);
      throw refused;
    }
  }

  /**
   * The versions of {@code id}'s contract, oldest first, for its parties; not logged (the documents
   * are not read).
   */
  public List<Version> versions(String id, Caller caller) {
    Entrustment e = find(id, caller);
    requireParty(e, caller);
    return Sql.run(FAILED, () -> table.versions(e.tenant(), id));
  }

  /**
   * The document of {@code id}'s contract at {@code version} (the latest when null), for its
   * parties; logged before it is returned, and a refusal is logged too.
   *
   * @throws EntrustmentException {@code entrustment.unknown}, {@code contract.not-party}, {@code
   *     contract.none}
   * @throws LogUnavailableException when the log cannot record it; nothing is returned
   */
  public Document download(String id, @Nullable Integer version, Caller caller) {
    try {
      return Sql.run(
          FAILED,
          () -> {
            Entrustment e = find(id, caller);
            requireParty(e, caller);
            List<Version> all = table.versions(e.tenant(), id);
            Version v =
                all.stream()
                    .filter(x -> version == null || x.version() == version)
                    .reduce((a, b) -> b)
                    .orElseThrow(() ->
                        EntrustmentChanges.refused(
                            Reason.CONTRACT_NONE,
                            version == null
                                ? "no contract document was uploaded for " + id
                                : id + " has no contract version " + version));
            byte[] sealed = table.sealed(e.tenant(), id, v.version()).orElseThrow();
            log(
                caller,
                e,
                Action.ENTRUSTMENT_CONTRACT_DOWNLOAD,
                id + " v" + v.version(),
                clock.instant());
            byte[] pdf = open(e.tenant(), id, v.version(), sealed);
            if (!HexFormat.of().formatHex(sha256(pdf)).equals(v.sha256())) {
              throw new IllegalStateException(
                  "the contract of " + id + " v" + v.version() + " does not match its hash");
            }
            return new Document(v, pdf);
          });
    } catch (EntrustmentException refused) {
      entrustments.logRefusal(Action.ENTRUSTMENT_CONTRACT_DOWNLOAD, caller, id, refused);
      throw refused;
    }
  }

  /**
   * Whether {@code caller} is a party to {@code e}: an admin of the giving or the holding
   * organisation, or the tenant's security officer or auditor.
   */
  static boolean party(Entrustment e, Caller caller) {
    boolean admin =
        caller.role() == Role.ORG_ADMIN
            && (caller.organisation().equals(e.from()) || caller.organisation().equals(e.to()));
    boolean tenant =
        caller.organisation().equals(e.tenant())
            && (caller.role() == Role.SECURITY_OFFICER || caller.role() == Role.AUDITOR);
    return admin || tenant;
  }

  /**
   * Refuses what is not a PDF (it must begin with {@code %PDF-}), an empty document and one over
   * {@link #MAX_BYTES}.
   */
  public static void requirePdf(byte[] pdf) {
    if (pdf.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "a contract document is at most " + MAX_BYTES + " bytes (4 MiB)");
    }
    if (pdf.length < PDF_MAGIC.length
        || !java.util.Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
      throw new IllegalArgumentException(
          "a contract document is a PDF (it begins with %PDF-); nothing was stored");
    }
  }

  /** The associated data a version is sealed under: tenant, entrustment and version. */
  static byte[] associatedData(String tenant, String id, int version) {
    return ("mamori/entrustment-contract/v1/" + tenant + "/" + id + "/" + version)
        .getBytes(StandardCharsets.UTF_8);
  }

  byte[] seal(String tenant, String id, int version, byte[] pdf) {
    try {
      return keys.fieldAead(tenant).encrypt(pdf, associatedData(tenant, id, version));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal the contract of " + id + ": " + e.getMessage());
    }
  }

  byte[] open(String tenant, String id, int version, byte[] sealed) {
    try {
      return keys.fieldAead(tenant).decrypt(sealed, associatedData(tenant, id, version));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "the contract of "
              + id
              + " v"
              + version
              + " does not open with the tenant's field keyset: it was changed or copied from"
              + " another entrustment");
    }
  }

  private Entrustment find(String id, Caller caller) {
    String tenant =
        entrustments
            .organisation(caller.organisation())
            .map(Organisation::tenant)
            .orElseThrow(() ->
                EntrustmentChanges.refused(
                    Reason.ORGANISATION_UNKNOWN, "no organisation " + caller.organisation()));
    return entrustments
        .entrustment(tenant, id)
        .orElseThrow(() ->
            EntrustmentChanges.refused(
                Reason.ENTRUSTMENT_UNKNOWN, "no entrustment " + id + " of " + tenant));
  }

  private static void requireParty(Entrustment e, Caller caller) {
    if (!party(e, caller)) {
      throw EntrustmentChanges.refused(
          Reason.CONTRACT_NOT_PARTY,
          "only the admins of "
              + e.from()
              + " and "
              + e.to()
              + ", and the security officer and auditors of "
              + e.tenant()
              + ", see the contract of "
              + e.id());
    }
  }

  private void log(Caller caller, Entrustment e, Action action, String caseRef, Instant now) {
    logs.forTenant(e.tenant())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    caller.who(new TenantId(e.tenant())),
                    entrustments.chainIds(e),
                    Why.administrative(caseRef),
                    action,
                    now),
                Outcome.allowed()));
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
