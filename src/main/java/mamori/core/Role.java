package mamori.core;

import java.util.Locale;

/**
 * What a user does in their organisation. Only staff and operators work on person data; security
 * officers approve and stop entrustments; organisation admins create them and manage users;
 * auditors read histories. What each role may do is decided at the gate and by the entrustments,
 * not here. The names are stored ({@code app_user.role}) and are never renamed.
 */
public enum Role {
  STAFF,
  OPERATOR,
  ORG_ADMIN,
  SECURITY_OFFICER,
  AUDITOR;

  /** The role named {@code name} in any case, with '-' or '_' ({@code org-admin}). */
  public static Role parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role r : values()) {
      if (r.name().equals(n)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "a role is one of staff, operator, org-admin, security-officer, auditor");
  }

  /** Whether the role works on person data (staff and operators). */
  public boolean works() {
    return this == STAFF || this == OPERATOR;
  }
}
