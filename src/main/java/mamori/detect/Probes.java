package mamori.detect;

import java.time.Instant;
import java.util.List;
import mamori.log.AccessRecord;

/**
 * Unlike access records, differing in every field a rule can name: a rule that matches all of them
 * would match everything, and is refused at load. Two are as a tenant's own staff and a contractor
 * act; the third holds the short and odd values a careless pattern might still match.
 */
final class Probes {
  private Probes() {}

  static final List<AccessRecord> RECORDS =
      List.of(
          new AccessRecord(
              "u-probe-a",
              "t-probe",
              List.of(),
              "probe-purpose",
              "probe-case",
              "read",
              "",
              List.of(),
              AccessRecord.ALLOW,
              Instant.parse("2026-01-05T03:00:00Z"), // Monday 12:00 in Tokyo
              new byte[16]),
          new AccessRecord(
              "Z9",
              "org.Z",
              List.of("e-1", "e-2"),
              "tax",
              "R8",
              "entrustment.approve",
              "TOKEN",
              List.of("address", "name"),
              AccessRecord.DENY + "chain.not-approved",
              Instant.parse("2031-07-20T14:59:59Z"), // Sunday 23:59 in Tokyo
              new byte[16]),
          new AccessRecord(
              "x",
              "o",
              List.of("q"),
              "p",
              "c",
              "print",
              "t",
              List.of("number"),
              AccessRecord.DENY + "person.not-found",
              Instant.parse("2029-11-14T19:30:00Z"), // Thursday 04:30 in Tokyo
              new byte[16]));
}
