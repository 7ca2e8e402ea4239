package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed incidents replayed through the real gate and log, with the detection engine running in
 * the service: a subcontractor's refused attempts, a bulk read after an improper approval, and a
 * contractor's operator harvesting the register, whose entrustment the policy suspends.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DetectStoryHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String TENANT = "watch-city";
  static final String WHY = "purpose=resident-tax&case=2026-0015";
  GateWorld w;
  Entrustment parent;
  Entrustment child;
  String officer, harvestOp, subOp;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-detect"),
            kind(),
            "--mamori.detect.enabled=true",
            "--mamori.detect.interval-ms=200");
    w.tenant(TENANT, 300, 15);
    w.organisation("harvest-co", Organisation.Kind.CONTRACTOR, TENANT);
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, TENANT);
    parent =
        w.entrust(
            TENANT, null, "harvest-co", scope(fields(Field.FAMILY_NAME, Mask.NONE), TODAY, 5000));
    child =
        w.entrust(
            "harvest-co",
            parent.id(),
            "sub-co",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 40));
    officer = w.user(TENANT, TENANT, "watch-officer", Role.SECURITY_OFFICER);
    harvestOp = w.user(TENANT, "harvest-co", "harvest-op", Role.OPERATOR);
    subOp = w.user(TENANT, "sub-co", "sub-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  /** The first alert of {@code kind} about {@code subject}, waited for up to a minute. */
  Optional<SecurityAlerts.Alert> awaitAlert(String kind, String subject) throws Exception {
    SecurityAlerts alerts = w.context.getBean(SecurityAlerts.class);
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      Optional<SecurityAlerts.Alert> a =
          alerts.list(TENANT, 1000).stream()
              .filter(x -> x.kind().equals(kind) && x.subject().equals(subject))
              .findFirst();
      if (a.isPresent()) {
        return a;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  AccessRecord record(long index) {
    return w.logs.forTenant(TENANT).records(index, index + 1).getFirst();
  }

  @Test
  @Order(1)
  void aSubcontractorsBurstOfUnapprovedAttempts_raisesTheRefusalAlert() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(w.get("/api/v1/persons?" + WHY, subOp).statusCode()).isEqualTo(403);
    }
    SecurityAlerts.Alert a = awaitAlert("detect.refusals", "user:sub-op").orElseThrow();
    assertThat(a.evidence()).hasSize(10);
    assertThat(a.evidence())
        .allSatisfy(i -> assertThat(record(i).decision()).isEqualTo("deny:chain.not-approved"));
    assertThat(a.severity()).isEqualTo(mamori.core.Severity.HIGH);
    assertThat(a.detail()).contains("chain.not-approved");
  }

  @Test
  @Order(2)
  void aBulkReadAfterAnImproperApproval_raisesTheVolumeAlert() throws Exception {
    assertThat(w.post("/api/v1/entrustments/" + child.id() + "/approve", "", officer).statusCode())
        .isEqualTo(200);
    String token =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=1", subOp).body()).getFirst();
    // 90% of the daily cap of 40 is 36 reads
    for (int i = 0; i < 36; i++) {
      var r = w.get("/api/v1/persons/" + token + "?" + WHY, subOp);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    SecurityAlerts.Alert a =
        awaitAlert("detect.volume-cap", "entrustment:" + child.id()).orElseThrow();
    assertThat(a.detail()).contains("36 reads today", "daily cap of 40");
    assertThat(record(a.evidence().getFirst()).actor()).isEqualTo("sub-op");
  }

  @Test
  @Order(3)
  void aContractorOperatorHarvestingTheRegister_isAlertedWithinAMinute_andSuspended()
      throws Exception {
    List<String> tokens =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=300", harvestOp).body());
    assertThat(tokens).hasSize(300);
    int read = 0;
    int refused = 0;
    for (String t : tokens) {
      var r = w.get("/api/v1/persons/" + t + "?" + WHY, harvestOp);
      if (r.statusCode() == 200) {
        read++;
      } else {
        assertThat(r.body()).contains("chain.suspended");
        refused++;
      }
    }
    SecurityAlerts.Alert a = awaitAlert("detect.harvesting", "user:harvest-op").orElseThrow();
    Instant trigger = record(a.evidence().getLast()).time();
    assertThat(Duration.between(trigger, a.raisedAt())).isLessThan(Duration.ofSeconds(60));
    assertThat(a.policy()).isEqualTo(mamori.core.AlertPolicy.SUSPEND_ENTRUSTMENT);
    assertThat(a.taken()).isEqualTo("entrustment " + parent.id() + " suspended");
    assertThat(
            w.entrustments.all(TENANT).stream()
                .filter(e -> e.id().equals(parent.id()))
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo(Entrustment.Status.SUSPENDED);
    // the suspension is an administrative act of the system, in the log
    assertThat(w.logged(TENANT))
        .anySatisfy(r -> {
          assertThat(r.actor()).isEqualTo("mamori.detect");
          assertThat(r.action()).isEqualTo("entrustment.suspend");
          assertThat(r.allowed()).isTrue();
        });
    // and from then on every read is refused
    var after = w.get("/api/v1/persons/" + tokens.getFirst() + "?" + WHY, harvestOp);
    assertThat(after.statusCode()).isEqualTo(403);
    assertThat(after.body()).contains("chain.suspended");
    assertThat(read).isGreaterThanOrEqualTo(50);
    assertThat(read + refused).isEqualTo(300);
  }
}
