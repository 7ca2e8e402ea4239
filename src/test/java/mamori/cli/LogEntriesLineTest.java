package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.Test;

/**
 * A record written under older rules, whose case holds a line break, a terminal escape and a
 * direction override, prints as one line with each shown as {@code \\uXXXX}: it cannot forge a line
 * of {@code mamori log entries} nor reorder or recolour the auditor's terminal.
 */
class LogEntriesLineTest {
  @Test
  void controlAndFormatCharacters_areShownEscaped_onOneLine() {
    String forged =
        "R8\n2026-12-06T00:00:00Z read auditor@demo-city - resident-tax/x - - allow"
            + "\u001B[2J\u202Eevil";
    AccessRecord old =
        new AccessRecord(
            "u-1",
            "city-hall",
            List.of(),
            "resident-tax",
            forged,
            "read",
            "TK-A",
            List.of("family_name"),
            "allow",
            Instant.EPOCH,
            new byte[16]);
    String line = LogEntriesCommand.line(old);
    assertThat(line)
        .doesNotContain("\n", "\u001B", "\u202E")
        .contains("resident-tax/R8\\u000A2026-12-06", "allow\\u001B[2J\\u202Eevil")
        .endsWith(" allow");
  }
}
