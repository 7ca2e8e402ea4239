package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.store.Store;
import mamori.store.TenantSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The tenant's own staff like everyone else (hardening): the full number only when asked for by
 * name, a daily volume per staff member with an alert before it, and volume counted only for
 * accesses the log recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffReadsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=2026-0042";
  static final Pattern FULL_NUMBER = Pattern.compile("\"my_number\":\"[0-9]{12}\"");
  GateWorld w;
  String staff, wardStaff, subOp;
  Entrustment child;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-staff"), kind());
    w.tenant("demo-city", 3, 1);
    w.tenant("ward-city", 3, 2);
    // set before the service first reads ward-city's limits
    TenantSettings settings = new TenantSettings(w.context.getBean(Store.class).dataSource());
    settings.set(new TenantId("ward-city"), "staff.daily-reads", "4");
    settings.set(new TenantId("ward-city"), "staff.alert-reads", "3");
    w.organisation("entry-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    Entrustment parent =
        w.entrust(
            "demo-city",
            null,
            "entry-co",
            scope(fields(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE), TODAY, 1000));
    child =
        w.entrust(
            "entry-co", parent.id(), "sub-co", scope(fields(Field.ADDRESS, Mask.NONE), TODAY, 3));
    w.entrustments.approve(
        child.id(), new mamori.entrustment.Caller("officer", "demo-city", Role.SECURITY_OFFICER));
    staff = w.user("demo-city", "demo-city", "city-staff", Role.STAFF);
    wardStaff = w.user("ward-city", "ward-city", "ward-staff", Role.STAFF);
    subOp = w.user("demo-city", "sub-co", "sub-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  @Test
  @Order(1)
  void staff_seeTheNumberPartly_unlessTheyAskForItByName() throws Exception {
    String token = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, staff).body()).getFirst();

    var all = w.get("/api/v1/persons/" + token + "?" + WHY, staff);
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.body()).contains("\"my_number\":\"****-****-", "\"family_name\":");
    assertThat(FULL_NUMBER.matcher(all.body()).find()).as("no full number").isFalse();

    var named = w.get("/api/v1/persons/" + token + "?" + WHY + "&fields=my_number", staff);
    assertThat(named.statusCode()).isEqualTo(200);
    assertThat(FULL_NUMBER.matcher(named.body()).find())
        .as("the full number, asked by name")
        .isTrue();
  }

  @Test
  @Order(2)
  void requestsTheLogCannotRecord_useUpNoVolume() throws Exception {
    String token = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, subOp).body()).getFirst();
    String digits =
        IndividualNumber.withCheckDigit("27182818284").digits(InsecureNumberAccess.get());
    String spelled =
        digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8);
    String bad =
        "purpose=resident-tax&case=" + URLEncoder.encode("call " + spelled, StandardCharsets.UTF_8);
    for (int i = 0; i < 5; i++) { // more than the cap of 3
      var r = w.get("/api/v1/persons/" + token + "?" + bad, subOp);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).doesNotContain(digits);
    }
    assertThat(w.entrustments.count("demo-city", child.id(), TODAY)).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(w.get("/api/v1/persons/" + token + "?" + WHY, subOp).statusCode())
          .as("read %d of the cap of 3", i + 1)
          .isEqualTo(200);
    }
    var over = w.get("/api/v1/persons/" + token + "?" + WHY, subOp);
    assertThat(over.statusCode()).isEqualTo(403);
    assertThat(over.body()).contains("volume.exceeded");
  }

  @Test
  @Order(3)
  void aStaffMember_isRefusedPastTheTenantsDailyReads_andTheOfficerIsAlertedBefore()
      throws Exception {
    SecurityAlerts alerts = w.context.getBean(SecurityAlerts.class);
    String token = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, wardStaff).body()).getFirst();
    for (int i = 1; i <= 4; i++) {
      assertThat(w.get("/api/v1/persons/" + token + "?" + WHY, wardStaff).statusCode())
          .as("read %d of 4", i)
          .isEqualTo(200);
      List<SecurityAlerts.Alert> raised =
          alerts.list("ward-city", 10).stream()
              .filter(a -> a.kind().equals("reading.bulk"))
              .toList();
      assertThat(raised).as("after read %d", i).hasSize(i < 3 ? 0 : 1);
    }
    var over = w.get("/api/v1/persons/" + token + "?" + WHY, wardStaff);
    assertThat(over.statusCode()).isEqualTo(403);
    assertThat(over.body()).contains("volume.exceeded");
    SecurityAlerts.Alert alert =
        alerts.list("ward-city", 10).stream()
            .filter(a -> a.kind().equals("reading.bulk"))
            .findFirst()
            .orElseThrow();
    assertThat(alert.subject()).isEqualTo("ward-staff");
    assertThat(alert.detail()).contains("3 person records read on " + TODAY);
    assertThat(alerts.list("demo-city", 10)).noneMatch(a -> a.kind().equals("reading.bulk"));
    // another member of staff, and a search, are not held back by the first one's volume
    String other = w.user("ward-city", "ward-city", "ward-staff-2", Role.STAFF);
    assertThat(w.get("/api/v1/persons/" + token + "?" + WHY, other).statusCode()).isEqualTo(200);
  }
}
