package mamori.access;

import mamori.entrustment.StaffDirectory;
import mamori.identity.Users;

/**
 * The staff directory the entrustments check staff lists against: the identity module's users, by
 * id and organisation. It lives here, where both modules are known, so that neither depends on the
 * other.
 */
public final class StaffOfUsers {
  private StaffOfUsers() {}

  /** Whether a user id names a user (enabled or not) of an organisation, in {@code users}. */
  public static StaffDirectory of(Users users) {
    return (organisation, user) ->
        users.find(user).filter(u -> u.organisationId().equals(organisation)).isPresent();
  }
}
