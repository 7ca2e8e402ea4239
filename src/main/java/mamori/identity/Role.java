package mamori.identity;

import java.util.Locale;

/** What a user does in their organisation; what each role may do is decided at the gate, not here. */
public enum Role {
  STAFF, OPERATOR, ORG_ADMIN, SECURITY_OFFICER, AUDITOR;

  /** The role named {@code name} in any case, with '-' or '_' ({@code org-admin}). */
  public static Role parse(String name) {
    String n = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role r : values()) {
      if (r.name().equals(n)) {
        return r;
      }
    }
    throw new IllegalArgumentException("a role is one of staff, operator, org-admin, security-officer, auditor");
  }
}
