package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import mamori.core.AlertPolicy;
import mamori.core.NumberText;
import mamori.core.Severity;
import mamori.detect.BuiltInRules;
import mamori.identity.SecurityAlerts;
import org.junit.jupiter.api.Test;

/** Incident ids that the log can name whole, and the explicit list of misuse kinds. */
class IncidentIdsTest {
  /** A random that hands out the given byte arrays in turn. */
  static final class Scripted extends Random {
    private static final long serialVersionUID = 1L;
    private final Deque<byte[]> next = new ArrayDeque<>();

    Scripted(byte[]... bytes) {
      next.addAll(List.of(bytes));
    }

    @Override
    public void nextBytes(byte[] b) {
      byte[] n = next.removeFirst();
      System.arraycopy(n, 0, b, 0, b.length);
    }
  }

  static byte[] bytes(int... v) {
    byte[] b = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = (byte) v[i];
    }
    return b;
  }

  @Test
  void anIdOfTwelveDecimalDigits_isDrawnAgain() {
    byte[] digits = bytes(0x12, 0x34, 0x56, 0x78, 0x90, 0x12);
    byte[] hex = bytes(0x12, 0x34, 0x56, 0x78, 0x90, 0x1a);
    assertThat(NumberText.holdsNumber("inc-123456789012")).isTrue();
    assertThat(Incidents.newId(new Scripted(digits, digits, hex))).isEqualTo("inc-12345678901a");
    assertThat(Incidents.newId(new Scripted(hex))).isEqualTo("inc-12345678901a");
  }

  @Test
  void freshIds_neverHoldANumber() {
    Random r = new Random(15);
    for (int n = 0; n < 10_000; n++) {
      String id = Incidents.newId(r);
      assertThat(id).matches("inc-[0-9a-f]{12}");
      assertThat(NumberText.holdsNumber(id)).isFalse();
    }
  }

  static SecurityAlerts.Alert alert(String kind) {
    return new SecurityAlerts.Alert(
        "a-" + kind,
        kind,
        "user:x",
        "",
        Instant.EPOCH,
        null,
        null,
        Severity.HIGH,
        List.of(),
        AlertPolicy.NOTIFY,
        "",
        null,
        null,
        null,
        null);
  }

  @Test
  void misuse_isTheExplicitList_ofKinds() {
    assertThat(BuiltInRules.MISUSE_KINDS)
        .containsExactlyInAnyOrder(
            "detect.harvesting",
            "detect.refusals",
            "detect.protected",
            "detect.volume",
            "access.refusal-burst");
    List<SecurityAlerts.Alert> from =
        List.of(
            alert("detect.volume-cap"),
            alert("city.harvest-volume-bulk"),
            alert("detect.off-hours"),
            alert("detect.new-network"),
            alert("access.flagged"),
            alert("detect.harvesting"),
            alert("access.flagged"),
            alert("DETECT.HARVESTING"));
    assertThat(Incidents.misuseRules(from)).containsExactly("detect.harvesting");
  }
}
