package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Principal;
import org.junit.jupiter.api.Test;

/** The one rule of who administers and who reads a tenant's work, for every role. */
class WorkRolesTest {
  static Principal of(String org, Role role) {
    return new Principal(
        new UserId("u-1"), new TenantId("city"), new OrganisationId(org), role, "test");
  }

  @Test
  void theControllersOfficerAndAdmin_administer_andTheAuditorReadsToo() {
    for (Role r : Role.values()) {
      Principal own = of("city", r);
      boolean admin = r == Role.SECURITY_OFFICER || r == Role.ORG_ADMIN;
      assertThat(WorkRoles.administers(own))
          .as(r.name())
          .isEqualTo(admin ? null : Reason.ROLE_NOT_ALLOWED);
      assertThat(WorkRoles.reads(own))
          .as(r.name())
          .isEqualTo(admin || r == Role.AUDITOR ? null : Reason.ROLE_NOT_ALLOWED);
      assertThat(WorkRoles.administers(of("entry-co", r)))
          .isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER);
      assertThat(WorkRoles.reads(of("entry-co", r))).isEqualTo(Reason.ORGANISATION_NOT_CONTROLLER);
    }
  }
}
