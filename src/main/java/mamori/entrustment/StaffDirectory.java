package mamori.entrustment;

/**
 * Whether a user id names a user of an organisation: how a staff list is tied to user accounts
 * without this module reading the identity module's tables (the application wires it to the users,
 * a test to a fixed set).
 */
@FunctionalInterface
public interface StaffDirectory {
  /** Knows no one: every staff entry is refused, for tools that never create or change one. */
  StaffDirectory NONE = (organisation, user) -> false;

  /** Whether {@code user} is a user (enabled or not) of {@code organisation}. */
  boolean isUserOf(String organisation, String user);
}
