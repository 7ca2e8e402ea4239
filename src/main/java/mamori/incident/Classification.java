package mamori.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident under the PPC's leak rule (LAW.md, "Leaks"): which of the four triggers hold and why,
 * whether the high-grade-encryption exemption applies and why, and so whether a report is due.
 *
 * <p>Design. {@link #classify} is a pure function of what Mamori knows (the affected count, whether
 * the incident came from a rule that signals misuse) and what only the officer can say ({@link
 * Assessment}). Each trigger carries its reason in words, which the incident page and the reports
 * show as they are. (1) is always true for a Mamori tenant: the data is in a system used for My
 * Number use work, and LAW.md reads that as covering a municipality's own systems "whatever the
 * count". (2) unjust purpose holds when a misuse rule raised an alert the incident was opened from,
 * or the officer says it was or may have been so ("may have been" counts). (3) viewable by an
 * unspecified number over a network is the officer's word, false by default, because Mamori reveals
 * nothing except to a named, signed-in user, and only the officer can know of a copy posted
 * elsewhere. (4) holds at 101 persons or more ("more than 100"). The exemption is the officer's
 * typed claim with its ground, which applies only when Mamori's own records show no plaintext
 * exposure: the affected persons' records were only packaged (encrypted), never read, printed or
 * handed over through the gate. When it applies, nothing is reportable whatever the triggers, and
 * the record says why.
 */
public record Classification(
    Trigger useWork,
    Trigger unjustPurpose,
    Trigger network,
    Trigger overHundred,
    Exemption exemption,
    long affected,
    Assessment officer,
    Findings log) {

  /** The affected count above which trigger (4) holds: "more than 100", i.e. 101 or more. */
  public static final long HUNDRED = 100;

  /** The longest reason an officer may give. */
  public static final int MAX_REASON = 500;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public Classification {
    Objects.requireNonNull(useWork, "useWork");
    Objects.requireNonNull(unjustPurpose, "unjustPurpose");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(overHundred, "overHundred");
    Objects.requireNonNull(exemption, "exemption");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(log, "log");
  }

  /**
   * What the log scan found besides the persons: the records read, the suspect's denied records in
   * the window (they revealed nothing), its listings (tokens only, no person named), and whether
   * disorder made a full scan necessary.
   */
  public record Findings(long scanned, long denied, long listings, boolean fullScan) {
    public static final Findings NONE = new Findings(0, 0, 0, false);
  }

  /** One trigger: whether it holds and why, in words. */
  public record Trigger(boolean holds, String reason) {
    public Trigger {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The grounds on which the high-grade-encryption exemption is claimed. */
  public enum Ground {
    /** No exemption is claimed. */
    NONE("none", ""),
    /** Every exposed copy was encrypted under keys kept apart and never exposed. */
    ENCRYPTED_KEYS_NEVER_EXPOSED(
        "encrypted-keys-never-exposed",
        "all exposed copies were encrypted with an algorithm on the CRYPTREC list or in ISO/IEC"
            + " 18033, under keys kept apart from the data and never exposed"),
    /** A lost package whose release key was destroyed before any release. */
    RELEASE_KEY_DESTROYED(
        "release-key-destroyed",
        "the lost package is encrypted and its release key was destroyed before any release, so"
            + " no one can open it");

    private final String code;
    private final String words;

    Ground(String code, String words) {
      this.code = code;
      this.words = words;
    }

    public String code() {
      return code;
    }

    /** The ground in words, as the record states it. */
    public String words() {
      return words;
    }

    public static Optional<Ground> ofCode(String code) {
      for (Ground g : values()) {
        if (g.code.equals(code)) {
          return Optional.of(g);
        }
      }
      return Optional.empty();
    }
  }

  /** Whether the exemption applies, on which ground, and the officer's note. */
  public record Exemption(boolean applies, Ground ground, String reason) {
    public Exemption {
      Objects.requireNonNull(ground, "ground");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * What only the officer can say; every text is checked by the service (bounded, no number).
   *
   * @param unjustPurpose the officer says it was, or may have been, done for an unjust purpose
   * @param unjustReason why, in words ("" to leave the default reason)
   * @param network the data was, or may have been, viewable by an unspecified number over a network
   * @param networkReason why, in words
   * @param exemption the ground claimed for the exemption, {@link Ground#NONE} for none
   * @param exemptionReason the officer's note on the ground (which copies, which keys)
   */
  public record Assessment(
      boolean unjustPurpose,
      String unjustReason,
      boolean network,
      String networkReason,
      Ground exemption,
      String exemptionReason) {
    /** Nothing said yet: the defaults. */
    public static final Assessment NONE = new Assessment(false, "", false, "", Ground.NONE, "");

    public Assessment {
      Objects.requireNonNull(unjustReason, "unjustReason");
      Objects.requireNonNull(networkReason, "networkReason");
      Objects.requireNonNull(exemption, "exemption");
      Objects.requireNonNull(exemptionReason, "exemptionReason");
    }

    /** The texts, for the service's checks. */
    List<String> texts() {
      return List.of(unjustReason, networkReason, exemptionReason);
    }
  }

  /** Whether a report to the PPC is due: any trigger holds and the exemption does not apply. */
  public boolean reportable() {
    return !exemption.applies()
        && (useWork.holds() || unjustPurpose.holds() || network.holds() || overHundred.holds());
  }

  /**
   * Classifies an incident.
   *
   * @param affected the persons computed from the log
   * @param misuseRules the misuse rules among the alerts it was opened from (empty for none)
   */
  public static Classification classify(
      long affected, List<String> misuseRules, Assessment officer, Findings log) {
    return classify(affected, misuseRules, officer, log, 0);
  }

  /**
   * Classifies an incident, knowing how many affected persons the log shows revealed in the clear.
   *
   * @param revealed the affected persons whose records the gate revealed in plaintext (a read, a
   *     print or a handover, anything but an encrypted package): when any is, the
   *     high-grade-encryption exemption cannot apply, whatever the officer claims, since Mamori's
   *     own records show a copy that was never encrypted
   */
  public static Classification classify(
      long affected, List<String> misuseRules, Assessment officer, Findings log, long revealed) {
    Trigger useWork =
        new Trigger(
            true,
            "the data is held in Mamori, a system used for My Number use work (個人番号利用事務),"
                + " which the rule covers whatever the count"
                + (affected == 0
                    ? "; the log shows no person's record revealed by the suspect in the window:"
                        + " if nothing else leaked, close the incident saying so"
                    : ""));
    Trigger unjust;
    if (officer.unjustPurpose()) {
      unjust =
          new Trigger(
              true,
              officer.unjustReason().isBlank()
                  ? "the security officer judges that it was, or may have been, done for an unjust"
                      + " purpose"
                  : officer.unjustReason());
    } else if (!misuseRules.isEmpty()) {
      unjust =
          new Trigger(
              true,
              "opened from an alert of a rule that signals misuse ("
                  + String.join(", ", misuseRules.stream().distinct().limit(5).toList())
                  + "): it may have been done for an unjust purpose");
    } else {
      unjust =
          new Trigger(
              false,
              "no misuse rule raised the alerts and the security officer has not judged an unjust"
                  + " purpose");
    }
    Trigger network =
        officer.network()
            ? new Trigger(
                true,
                officer.networkReason().isBlank()
                    ? "the security officer judges that it was, or may have been, viewable by an"
                        + " unspecified number of people over a network"
                    : officer.networkReason())
            : new Trigger(
                false,
                "Mamori shows data only to named, signed-in users; the security officer has not"
                    + " reported a copy viewable by an unspecified number over a network");
    Trigger hundred =
        new Trigger(
            affected > HUNDRED,
            affected
                + (affected == 1 ? " person is" : " persons are")
                + " affected, computed from the log; the rule counts more than 100 (101 or more)");
    Exemption exemption =
        officer.exemption() == Ground.NONE
            ? new Exemption(false, Ground.NONE, "no high-grade-encryption exemption is claimed")
            : revealed > 0
                ? new Exemption(
                    false,
                    officer.exemption(),
                    "claimed, but the log shows "
                        + revealed
                        + (revealed == 1 ? " person's record" : " persons' records")
                        + " revealed in the clear (read, print or handover through the gate):"
                        + " the exemption covers only copies that were never decrypted")
                : new Exemption(
                    true,
                    officer.exemption(),
                    officer.exemption().words()
                        + (officer.exemptionReason().isBlank()
                            ? ""
                            : ": " + officer.exemptionReason())
                        + "; no report is due (PPC FAQ Q17-14)");
    return new Classification(useWork, unjust, network, hundred, exemption, affected, officer, log);
  }

  /** The JSON kept in incident.classification. */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("useWork", trigger(useWork));
    m.put("unjustPurpose", trigger(unjustPurpose));
    m.put("network", trigger(network));
    m.put("overHundred", trigger(overHundred));
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("applies", exemption.applies());
    e.put("ground", exemption.ground().code());
    e.put("reason", exemption.reason());
    m.put("exemption", e);
    m.put("affected", affected);
    m.put("reportable", reportable());
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("unjustPurpose", officer.unjustPurpose());
    o.put("unjustReason", officer.unjustReason());
    o.put("network", officer.network());
    o.put("networkReason", officer.networkReason());
    o.put("exemption", officer.exemption().code());
    o.put("exemptionReason", officer.exemptionReason());
    m.put("officer", o);
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("scanned", log.scanned());
    l.put("denied", log.denied());
    l.put("listings", log.listings());
    l.put("fullScan", log.fullScan());
    m.put("log", l);
    return JSON.writeValueAsString(m);
  }

  /** The classification kept as {@code json}; empty for "" (not classified yet). */
  public static Optional<Classification> fromJson(String json) {
    if (json.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(json);
      JsonNode e = n.get("exemption");
      return Optional.of(
          new Classification(
              trigger(n.get("useWork")),
              trigger(n.get("unjustPurpose")),
              trigger(n.get("network")),
              trigger(n.get("overHundred")),
              new Exemption(
                  e.get("applies").asBoolean(),
                  Ground.ofCode(e.get("ground").asString()).orElse(Ground.NONE),
                  e.get("reason").asString()),
              n.get("affected").asLong(),
              assessment(n.get("officer")),
              new Findings(
                  n.get("log").get("scanned").asLong(),
                  n.get("log").get("denied").asLong(),
                  n.get("log").get("listings").asLong(),
                  n.get("log").get("fullScan").asBoolean())));
    } catch (JacksonException | NullPointerException e) {
      throw new IllegalStateException("a stored classification does not read", e);
    }
  }

  private static Map<String, Object> trigger(Trigger t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("holds", t.holds());
    m.put("reason", t.reason());
    return m;
  }

  private static Assessment assessment(JsonNode o) {
    return new Assessment(
        o.get("unjustPurpose").asBoolean(),
        o.get("unjustReason").asString(),
        o.get("network").asBoolean(),
        o.get("networkReason").asString(),
        Ground.ofCode(o.get("exemption").asString()).orElse(Ground.NONE),
        o.get("exemptionReason").asString());
  }

  private static Trigger trigger(JsonNode n) {
    return new Trigger(n.get("holds").asBoolean(), n.get("reason").asString());
  }
}
