package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.entrustment.Entrustment.Status;
import mamori.log.TransparencyLogs;
import mamori.number.MaskedTheories;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * For any sequence of entrustment changes (first entrustments, re-entrustments, approvals,
 * suspensions, resumptions and revocations, by the root's officer or by the entrusting body), every
 * change is allowed exactly when the life of an entrustment allows it, and afterwards an
 * entrustment decides as the first link of its chain, root first, that is not active: above all, a
 * revoked entrustment denies every one of its descendants at once. A model of the statuses is kept
 * beside the real module on one SQLite store; each sequence works on organisations of its own, so
 * sequences never meet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntrustmentChangesProperties {
  static final String TENANT = "prop-city";
  static final Caller OFFICER = new Caller("officer", TENANT, Role.SECURITY_OFFICER);
  static final Caller CITY_ADMIN = new Caller("city-admin", TENANT, Role.ORG_ADMIN);
  static final int MAX_DEPTH = 4;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Entrustments entrustments;
  final AtomicInteger sequences = new AtomicInteger();

  @BeforeAll
  void open() throws Exception {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    Path keys = Files.createTempDirectory("mamori-entrustment-properties");
    Clock clock = Clock.fixed(EntrustmentTestBase.NOW, ZoneOffset.UTC);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    entrustments =
        new Entrustments(store.dataSource(), logs, e -> {}, EntrustmentTestBase.DIRECTORY, clock);
    entrustments.registerOrganisation(Organisation.controller(TENANT, "市"));
    entrustments.seedPurposes(TENANT);
  }

  @AfterAll
  void close() {
    entrustments.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  /** One entrustment as the model knows it. */
  static final class Node {
    final String id;
    final @Nullable Node parent;
    final String org;
    Status status;

    Node(String id, @Nullable Node parent, String org, Status status) {
      this.id = id;
      this.parent = parent;
      this.org = org;
      this.status = status;
    }

    int depth() {
      return parent == null ? 0 : parent.depth() + 1;
    }

    /** The entrusting body: the tenant for a first entrustment, else the parent's contractor. */
    String giver() {
      return parent == null ? TENANT : parent.org;
    }

    /** The first link from the root down that is not active, or null when all are. */
    @Nullable Node firstCut() {
      @Nullable Node above = parent == null ? null : parent.firstCut();
      return above != null ? above : status == Status.ACTIVE ? null : this;
    }

    boolean revokedOrBelowARevocation() {
      return status == Status.REVOKED || parent != null && parent.revokedOrBelowARevocation();
    }
  }

  @Test
  void aRevokedEntrustment_deniesEveryDescendant_whateverTheChangesBefore() {
    MaskedTheories.qt()
        .withExamples(60)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 14))
        .checkAssert(this::run);
  }

  private void run(List<Integer> steps) {
    String prefix = "s" + sequences.incrementAndGet();
    List<Node> nodes = new ArrayList<>();
    for (int step : steps) {
      int kind = step % 8;
      @Nullable Node target = nodes.isEmpty() ? null : nodes.get(step / 8 % nodes.size());
      if (kind == 0 || target == null) {
        String org = register(prefix, nodes.size());
        Entrustment e =
            entrustments.create(
                null, org, EntrustmentTestBase.contract(), EntrustmentTestBase.scope(), CITY_ADMIN);
        nodes.add(new Node(e.id(), null, org, Status.ACTIVE));
        continue;
      }
      switch (kind) {
        case 1 -> {
          if (target.depth() < MAX_DEPTH) {
            String org = register(prefix, nodes.size());
            Entrustment e =
                entrustments.create(
                    target.id,
                    org,
                    EntrustmentTestBase.contract(),
                    EntrustmentTestBase.scope(),
                    admin(target.org));
            assertThat(e.status()).isEqualTo(Status.REQUESTED);
            nodes.add(new Node(e.id(), target, org, Status.REQUESTED));
          }
        }
        case 2 ->
            change(
                target,
                target.status == Status.REQUESTED,
                Status.ACTIVE,
                () -> entrustments.approve(target.id, OFFICER));
        case 3 ->
            change(
                target,
                target.status == Status.ACTIVE,
                Status.SUSPENDED,
                () -> entrustments.suspend(target.id, OFFICER));
        case 4 ->
            change(
                target,
                target.status == Status.SUSPENDED,
                Status.ACTIVE,
                () -> entrustments.resume(target.id, OFFICER));
        case 5 ->
            change(
                target,
                target.status != Status.REVOKED,
                Status.REVOKED,
                () -> entrustments.revoke(target.id, OFFICER));
        case 6 ->
            change(
                target,
                target.status != Status.REVOKED,
                Status.REVOKED,
                () -> entrustments.revoke(target.id, admin(target.giver())));
        default ->
            change(
                target,
                false,
                target.status,
                () -> entrustments.resume(target.id, admin(target.giver())));
      }
    }
    for (Node n : nodes) {
      Decision d =
          entrustments.decide(
              new Request(
                  new UserId("op"),
                  new OrganisationId(n.org),
                  Role.OPERATOR,
                  new Why("resident-tax", "case-1"),
                  Action.READ,
                  set -> true,
                  Set.of(Field.FAMILY_NAME),
                  EntrustmentTestBase.NOW));
      @Nullable Node cut = n.firstCut();
      if (n.revokedOrBelowARevocation()) {
        assertThat(d.allowed()).as("%s lies at or below a revocation", n.id).isFalse();
      }
      assertThat(d.allowed()).as("%s allowed", n.id).isEqualTo(cut == null);
      if (cut != null) {
        assertThat(d.reason().code())
            .as("%s, cut by %s", n.id, cut.id)
            .isEqualTo(
                switch (cut.status) {
                  case REQUESTED -> "chain.not-approved";
                  case SUSPENDED -> "chain.suspended";
                  default -> "chain.revoked";
                });
        assertThat(entrustments.standing(entrustments.entrustment(TENANT, n.id).orElseThrow()))
            .isEqualTo(new Standing(cut.status, cut == n ? null : cut.id));
      }
    }
  }

  /**
   * Runs a change the model expects to succeed (then moving the node to {@code next}) or to be
   * refused.
   */
  private void change(Node target, boolean allowed, Status next, Runnable change) {
    if (allowed) {
      change.run();
      target.status = next;
    } else {
      assertThatThrownBy(change::run).isInstanceOf(EntrustmentException.class);
    }
    assertThat(entrustments.entrustment(TENANT, target.id).orElseThrow().status())
        .isEqualTo(target.status);
  }

  private String register(String prefix, int n) {
    String org = prefix + "-o" + n;
    entrustments.registerOrganisation(
        new Organisation(org, org, Organisation.Kind.CONTRACTOR, TENANT));
    return org;
  }

  private static Caller admin(String org) {
    return new Caller("admin-of-" + org, org, Role.ORG_ADMIN);
  }
}
