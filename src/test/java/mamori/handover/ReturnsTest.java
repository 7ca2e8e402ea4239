package mamori.handover;

import static mamori.handover.HandoverFixture.KITA;
import static mamori.handover.HandoverFixture.NERIMA;
import static mamori.handover.HandoverFixture.PRINTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.store.TestStores;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Checking internal pages back in, and the morning's list of those that did not come back. */
class ReturnsTest {
  static final Principal STAFF = HandoverFixture.user(NERIMA, "nerima-staff", Role.STAFF);
  static final Principal CLERK = HandoverFixture.user(NERIMA, "nerima-clerk", Role.STAFF);
  static final Principal AUDITOR = HandoverFixture.user(NERIMA, "nerima-auditor", Role.AUDITOR);
  static final Principal KITA_STAFF = HandoverFixture.user(KITA, "kita-staff", Role.STAFF);
  static final PersonToken ANNA = new PersonToken("tok-anna");
  static final PersonToken BEN = new PersonToken("tok-ben");

  @TempDir Path temp;
  HandoverFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aPageNotBackByTheEvening_isListedTheNextMorning_withItsPrinterAndWhoPrintedIt(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    // a two-page issuance list printed at 10:00 in Japan; page 1 is shredded, page 2 goes missing
    Documents.Printed list = f.list(CLERK, 2, ANNA, BEN);
    f.pickup(CLERK, ANNA); // a resident's page is never counted back
    f.clock.advance(Duration.ofHours(3));
    Returns.Returned shred =
        f.returns.checkIn(STAFF, list.pages().get(0).qrText(), Returns.Disposition.SHREDDED);
    assertThat(shred.page()).isEqualTo(1);
    assertThat(shred.by()).isEqualTo(STAFF.userId());
    assertThat(shred.before()).isEmpty();
    // the same day it is not late yet
    f.clock.advance(Duration.ofHours(10)); // 23:00 in Japan
    assertThat(f.returns.unaccounted(NERIMA, f.clock.instant(), 100).pages()).isEmpty();
    assertThat(f.returns.countUnaccounted(NERIMA, f.clock.instant())).isZero();

    // the next morning, 08:30 in Japan; a list printed this morning is not due yet
    f.clock.advance(Duration.ofMinutes(9 * 60 + 30));
    f.list(CLERK, 1, BEN);
    Returns.Listing morning = f.returns.unaccounted(NERIMA, f.clock.instant(), 100);
    assertThat(morning.pages())
        .singleElement()
        .satisfies(u -> {
          assertThat(u.document()).isEqualTo(list.document().id());
          assertThat(u.page()).isEqualTo(2);
          assertThat(u.pages()).isEqualTo(2);
          assertThat(u.title()).isEqualTo("カード発行一覧表");
          assertThat(u.printer()).isEqualTo(PRINTER);
          assertThat(u.printedBy()).isEqualTo(CLERK.userId());
          assertThat(u.printedAt()).isEqualTo(HandoverFixture.TEN_JST);
          assertThat(u.kind()).isEqualTo(Documents.Kind.LIST);
        });
    assertThat(morning.next()).isEmpty();
    assertThat(f.returns.countUnaccounted(NERIMA, f.clock.instant())).isEqualTo(1);
    assertThat(f.returns.unaccounted(KITA, f.clock.instant(), 100).pages()).isEmpty();

    // the missing page is found and filed: the list is empty, and the log holds both acts
    f.returns.checkIn(STAFF, list.pages().get(1).shortCode(), Returns.Disposition.FILED);
    assertThat(f.returns.unaccounted(NERIMA, f.clock.instant(), 100).pages()).isEmpty();
    assertThat(f.records(NERIMA, "page."))
        .extracting(r -> r.actor() + " " + r.caseRef() + " " + r.decision())
        .containsExactly(
            "nerima-staff document " + list.document().id() + " page 1/2 shredded allow",
            "nerima-staff document " + list.document().id() + " page 2/2 filed allow");
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aShreddedPage_isNeverFiledOrShreddedAgain_andAFiledPage_mayBeShredded(TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed list = f.list(CLERK, 2, ANNA, BEN);
    String one = list.pages().get(0).shortCode();
    String two = list.pages().get(1).qrText();
    f.returns.checkIn(STAFF, one, Returns.Disposition.SHREDDED);
    refused(() -> f.returns.checkIn(STAFF, one, Returns.Disposition.SHREDDED))
        .isEqualTo(ReturnRefused.Problem.SHREDDED);
    refused(() -> f.returns.checkIn(STAFF, one, Returns.Disposition.FILED))
        .isEqualTo(ReturnRefused.Problem.SHREDDED);

    f.returns.checkIn(CLERK, two, Returns.Disposition.FILED);
    refused(() -> f.returns.checkIn(STAFF, two, Returns.Disposition.FILED))
        .isEqualTo(ReturnRefused.Problem.FILED);
    f.clock.advance(Duration.ofDays(30));
    Returns.Returned later = f.returns.checkIn(STAFF, two, Returns.Disposition.SHREDDED);
    assertThat(later.before()).contains(Returns.Disposition.FILED);
    assertThat(later.at()).isEqualTo(f.clock.instant());
    // the disposal record: who and when
    var row =
        org.springframework.jdbc.core.simple.JdbcClient.create(f.store.dataSource())
            .sql(
                "SELECT returned_by, returned_at, disposition FROM handover_page WHERE"
                    + " document_id = ? AND page_no = 2")
            .param(list.document().id())
            .query()
            .singleRow();
    assertThat(row.values())
        .containsExactly("nerima-staff", f.clock.instant().toEpochMilli(), "shredded");
    // the refusals were not logged as acts: three allowed records only
    assertThat(f.records(NERIMA, "page."))
        .extracting(AccessRecord::caseRef)
        .containsExactly(
            "document " + list.document().id() + " page 1/2 shredded",
            "document " + list.document().id() + " page 2/2 filed",
            "document " + list.document().id() + " page 2/2 shredded");
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void residentsPages_typosUnknownCodesAndOtherOffices_areRefused_andNothingChanges(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed list = f.list(CLERK, 1, ANNA);
    Documents.Printed pickup = f.pickup(CLERK, ANNA);
    Documents.Printed kita = f.list(KITA_STAFF, 1, BEN);
    String code = list.pages().get(0).shortCode();
    String typo = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);

    handed(pickup);
    refused(() -> f.returns.checkIn(STAFF, pickup.pages().get(0).qrText(), shredded()))
        .isEqualTo(ReturnRefused.Problem.RESIDENT_PAGE);
    refused(() -> f.returns.checkIn(STAFF, typo, shredded())).isEqualTo(ReturnRefused.Problem.TYPO);
    for (String other :
        new String[] {
          kita.pages().get(0).shortCode(),
          kita.pages().get(0).qrText(),
          "",
          "<script>alert(1)</script>",
          code.substring(0, 10) + "\u0000" + code.substring(10),
          code + "\u202e",
          "MAMORI-PAGE:1:nerima:x",
          "1234 5678 9018",
          "x".repeat(10_000)
        }) {
      assertThatThrownBy(() -> f.returns.checkIn(STAFF, other, shredded()))
          .as(other.length() > 40 ? "long" : other)
          .isInstanceOf(ReturnRefused.class)
          .hasMessageNotContaining("1234")
          .extracting(e -> ((ReturnRefused) e).problem())
          .isIn(ReturnRefused.Problem.UNKNOWN, ReturnRefused.Problem.TYPO);
    }
    // a kita page is unknown to nerima, and kita's own staff cannot shred nerima's page
    refused(() -> f.returns.checkIn(KITA_STAFF, code, shredded()))
        .isEqualTo(ReturnRefused.Problem.UNKNOWN);
    // an auditor or a contractor's user may not check pages in: refused and logged
    refused(() -> f.returns.checkIn(AUDITOR, code, shredded()))
        .isEqualTo(ReturnRefused.Problem.NOT_ALLOWED);
    refused(() ->
            f.returns.checkIn(
                HandoverFixture.contractor("con-staff", Role.STAFF), code, shredded()))
        .isEqualTo(ReturnRefused.Problem.NOT_ALLOWED);
    assertThat(f.records(NERIMA, "page."))
        .extracting(r -> r.actor() + " " + r.decision())
        .containsExactly("nerima-auditor deny:role.not-allowed", "con-staff deny:role.not-allowed");
    f.clock.advance(Duration.ofDays(1));
    assertThat(f.returns.unaccounted(NERIMA, f.clock.instant(), 100).pages())
        .extracting(Returns.Unaccounted::document)
        .containsExactly(list.document().id());

    // typed the way people type: full-width, lower case, spaces for hyphens
    StringBuilder wide = new StringBuilder();
    for (char c : code.toLowerCase(java.util.Locale.ROOT).replace('-', ' ').toCharArray()) {
      wide.append(c == ' ' ? '\u3000' : (char) (c - 0x20 + 0xFF00));
    }
    assertThat(f.returns.checkIn(STAFF, wide.toString(), shredded()).page()).isEqualTo(1);
    assertThat(f.returns.unaccounted(NERIMA, f.clock.instant(), 100).pages()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void theMorningList_isPaged_oldestFirst_andBounded(TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    Documents.Printed first = f.list(CLERK, 4, ANNA);
    f.clock.advance(Duration.ofMinutes(5));
    Documents.Printed second = f.list(STAFF, 3, BEN);
    f.clock.advance(Duration.ofDays(1));
    Instant now = f.clock.instant();
    Returns.Listing a = f.returns.unaccounted(NERIMA, now, 3);
    Returns.Listing b = f.returns.unaccounted(NERIMA, now, a.next(), 3);
    Returns.Listing c = f.returns.unaccounted(NERIMA, now, b.next(), 3);
    assertThat(a.pages()).extracting(Returns.Unaccounted::page).containsExactly(1, 2, 3);
    assertThat(b.pages())
        .extracting(u -> u.document() + "/" + u.page())
        .containsExactly(
            first.document().id() + "/4",
            second.document().id() + "/1",
            second.document().id() + "/2");
    assertThat(c.pages())
        .extracting(Returns.Unaccounted::printedBy)
        .containsExactly(new UserId("nerima-staff"));
    assertThat(c.next()).isEmpty();
    assertThatThrownBy(() -> f.returns.unaccounted(NERIMA, now, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.returns.unaccounted(NERIMA, now, Returns.MAX_LIST + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Returns.startOfDay(Instant.parse("2026-12-07T14:59:59Z")))
        .isEqualTo(Instant.parse("2026-12-06T15:00:00Z"));
    assertThat(Returns.startOfDay(Instant.parse("2026-12-07T15:00:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T15:00:00Z"));
    assertThat(Optional.of(a.pages().get(0).printedAt())).contains(HandoverFixture.TEN_JST);
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void aResidentsPageNeverHandedOver_isShreddedOrFiledAndRecorded_butAHandedOneIsTheResidents(
      TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    // a pickup notice that expired uncollected, and one that was collected
    Documents.Printed uncollected = f.pickup(CLERK, ANNA);
    Documents.Printed kept = f.pickup(CLERK, BEN);
    Documents.Printed collected = f.pickup(CLERK, BEN);
    handed(collected);
    f.clock.advance(Duration.ofDays(91));

    Returns.Returned shred =
        f.returns.checkIn(STAFF, uncollected.pages().get(0).qrText(), shredded());
    assertThat(shred.document().internal()).isFalse();
    assertThat(shred.disposition()).isEqualTo(Returns.Disposition.SHREDDED);
    assertThat(shred.at()).isEqualTo(f.clock.instant());
    refused(() -> f.returns.checkIn(STAFF, uncollected.pages().get(0).shortCode(), shredded()))
        .isEqualTo(ReturnRefused.Problem.SHREDDED);
    Returns.Returned filed =
        f.returns.checkIn(CLERK, kept.pages().get(0).shortCode(), Returns.Disposition.FILED);
    assertThat(filed.by()).isEqualTo(CLERK.userId());
    // handed over: the resident's now, whatever is asked
    refused(() -> f.returns.checkIn(STAFF, collected.pages().get(0).qrText(), shredded()))
        .isEqualTo(ReturnRefused.Problem.RESIDENT_PAGE);
    refused(() ->
            f.returns.checkIn(
                STAFF, collected.pages().get(0).shortCode(), Returns.Disposition.FILED))
        .isEqualTo(ReturnRefused.Problem.RESIDENT_PAGE);

    var rows =
        org.springframework.jdbc.core.simple.JdbcClient.create(f.store.dataSource())
            .sql(
                "SELECT document_id, returned_by, disposition FROM handover_page WHERE"
                    + " returned_at IS NOT NULL ORDER BY disposition")
            .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
            .list();
    assertThat(rows)
        .containsExactly(
            kept.document().id() + " nerima-clerk filed",
            uncollected.document().id() + " nerima-staff shredded");
    // logged as an internal page's return is; the refusals were not acts
    assertThat(f.records(NERIMA, "page."))
        .extracting(r -> r.actor() + " " + r.caseRef() + " " + r.decision())
        .containsExactly(
            "nerima-staff document " + uncollected.document().id() + " page 1/1 shredded allow",
            "nerima-clerk document " + kept.document().id() + " page 1/1 filed allow");
    // a resident's page is never on the morning's list of internal pages
    assertThat(f.returns.countUnaccounted(NERIMA, f.clock.instant())).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestStores.Kind.class)
  void theListingsCursor_isText_thatReadsBackToItself(TestStores.Kind kind) {
    f = new HandoverFixture(kind, temp);
    f.list(CLERK, 3, ANNA);
    f.clock.advance(Duration.ofDays(1));
    Returns.Listing a = f.returns.unaccounted(NERIMA, f.clock.instant(), 2);
    String text = a.next().orElseThrow().text();
    assertThat(Returns.After.parse(text)).isEqualTo(a.next().get());
    assertThat(
            f.returns
                .unaccounted(NERIMA, f.clock.instant(), Optional.of(Returns.After.parse(text)), 2)
                .pages())
        .extracting(Returns.Unaccounted::page)
        .containsExactly(3);
    for (String bad :
        new String[] {
          "",
          "x",
          "1-ABCDEFGH",
          "1-abcdefgh-2",
          "1-ABCDEFGH-2-3",
          "1 -ABCDEFGH-2",
          "9".repeat(16) + "-ABCDEFGH-1",
          "1-ABCDEFGH-123456"
        }) {
      assertThatThrownBy(() -> Returns.After.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Marks {@code d}'s pages handed over, as a finished counter handover does. */
  private void handed(Documents.Printed d) {
    org.springframework.jdbc.core.simple.JdbcClient.create(f.store.dataSource())
        .sql("UPDATE handover_page SET handover_id = ?, handed_at = ? WHERE document_id = ?")
        .params("h-test", f.clock.millis(), d.document().id())
        .update();
  }

  static Returns.Disposition shredded() {
    return Returns.Disposition.SHREDDED;
  }

  static org.assertj.core.api.AbstractComparableAssert<?, ReturnRefused.Problem> refused(
      ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(ReturnRefused.class);
    return assertThat(((ReturnRefused) t).problem());
  }
}
