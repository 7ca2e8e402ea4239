package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A chain holds a first entrustment and at most 64 re-entrustments: the deepest one allowed is
 * decided whole, from its root, and one more below it is refused at creation, so that no decision
 * ever walks a chain cut short of the root whose revocation it must see.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ChainDepthTest extends EntrustmentTestBase {
  @Test
  void theDeepestChainAllowed_isDecidedFromItsRoot_andNothingGoesBelowIt() {
    Scope scope = narrower();
    Entrustment link = entrustments.create(null, "entry-co", contract(), scope, CITY_ADMIN);
    Entrustment root = link;
    String holder = "entry-co";
    for (int i = 1; i <= ChainDecider.MAX_REENTRUSTMENTS; i++) {
      String next = "deep-" + i;
      entrustments.registerOrganisation(
          new Organisation(next, next, Organisation.Kind.SUBCONTRACTOR, TENANT));
      link =
          entrustments.create(
              link.id(),
              next,
              contract(),
              scope,
              new Caller("admin-" + holder, holder, Role.ORG_ADMIN));
      link = entrustments.approve(link.id(), OFFICER);
      holder = next;
    }
    Request read =
        new Request(
            new UserId("op"),
            new OrganisationId(holder),
            Role.OPERATOR,
            new Why("resident-tax", "case-1"),
            Action.READ,
            DecisionTest.IN_KITA,
            Set.of(Field.FAMILY_NAME),
            NOW);
    Decision d = entrustments.decide(read);
    assertThat(d.allowed()).isTrue();
    assertThat(d.chain())
        .hasSize(ChainDecider.MAX_REENTRUSTMENTS + 1)
        .startsWith(root.id())
        .endsWith(link.id());

    entrustments.registerOrganisation(
        new Organisation("too-deep", "too-deep", Organisation.Kind.SUBCONTRACTOR, TENANT));
    String parent = link.id();
    Caller bottom = new Caller("admin-" + holder, holder, Role.ORG_ADMIN);
    long before = logSize();
    assertThatThrownBy(() -> entrustments.create(parent, "too-deep", contract(), scope, bottom))
        .isInstanceOfSatisfying(
            EntrustmentException.class, e -> assertThat(e.code()).isEqualTo("chain.too-deep"));
    assertThat(logged(before).decision()).isEqualTo("deny:chain.too-deep");
    assertThat(entrustments.heldBy("too-deep")).isEmpty();

    entrustments.revoke(root.id(), OFFICER);
    assertThat(entrustments.decide(read).reason().code()).isEqualTo("chain.revoked");
  }
}
