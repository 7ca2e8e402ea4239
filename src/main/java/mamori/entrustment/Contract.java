package mamori.entrustment;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The contract record of an entrustment: the safety terms the PPC guideline expects (LAW.md, Art.
 * 11). Four are mandatory for an entrustment to become active: confidentiality, no taking data off
 * the premises, a non-empty staff list and a right of on-site inspection.
 *
 * @param confidentiality a confidentiality clause
 * @param noTakingOffPremises data may not be taken off the premises
 * @param staff the user ids of the holding organisation's staff who handle the data: only they work
 *     through the entrustment ({@code staff.not-listed}); creating or changing a list checks every
 *     entry is a user of that organisation ({@code staff.not-user})
 * @param inspectionRight the entrusting body may inspect on site
 * @param noUseOutsidePurpose the data is used for the entrusted work only
 * @param returnOrDisposal the data is returned or disposed of at the end
 * @param complianceReports how the contractor reports on compliance ("" when not agreed)
 * @param advance the conditions for re-entrusting in advance, or null when not agreed
 */
public record Contract(
    boolean confidentiality,
    boolean noTakingOffPremises,
    List<String> staff,
    boolean inspectionRight,
    boolean noUseOutsidePurpose,
    boolean returnOrDisposal,
    String complianceReports,
    @Nullable AdvanceTerms advance) {

  /** The most entries a staff list holds. */
  public static final int MAX_STAFF = 1_000;

  /** The most characters of a free-text term (compliance reports, capability documents). */
  public static final int MAX_TEXT = 1_000;

  public Contract {
    // checked before the list is copied: a huge list is refused without more work
    if (staff.size() > MAX_STAFF) {
      throw new IllegalArgumentException("a staff list holds at most " + MAX_STAFF + " entries");
    }
    staff = List.copyOf(staff);
    for (String s : staff) {
      if (s.isBlank() || s.length() > 200 || s.contains("\n")) {
        throw new IllegalArgumentException("a staff entry is one line of 1 to 200 characters");
      }
    }
    checkText(complianceReports, "the compliance reports term");
  }

  private static void checkText(String text, String what) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException(what + " is at most " + MAX_TEXT + " characters");
    }
  }

  /**
   * The three conditions under which the first entrusting body may permit a re-entrustment in
   * advance (LAW.md, Art. 10): the subcontractor is named, its capability was checked on documents,
   * and the contractor reports on the re-entrustment regularly.
   *
   * @param subcontractor the named subcontractor's organisation id
   * @param capabilityDocuments the documents its capability was checked on
   * @param regularReports the contractor reports regularly
   */
  public record AdvanceTerms(
      String subcontractor, String capabilityDocuments, boolean regularReports) {
    public AdvanceTerms {
      if (subcontractor.length() > 64) {
        throw new IllegalArgumentException("the subcontractor is an organisation id");
      }
      checkText(capabilityDocuments, "the capability documents term");
    }

    /** Whether all three conditions hold. */
    public boolean complete() {
      return !subcontractor.isBlank() && !capabilityDocuments.isBlank() && regularReports;
    }
  }

  /** The mandatory clauses this contract lacks, by name; empty when it may become active. */
  public List<String> missingClauses() {
    List<String> missing = new ArrayList<>();
    if (!confidentiality) {
      missing.add("confidentiality");
    }
    if (!noTakingOffPremises) {
      missing.add("no-taking-off-premises");
    }
    if (staff.isEmpty()) {
      missing.add("staff-list");
    }
    if (!inspectionRight) {
      missing.add("inspection-right");
    }
    return missing;
  }
}
