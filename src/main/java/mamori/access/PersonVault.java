package mamori.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.number.IndividualNumber;
import mamori.vault.Actor;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import mamori.vault.Vault;

/**
 * What the gate asks of the vault, and nothing more: the persons an organisation may be shown,
 * whether a token names one, and the reveals, searches and erasure the vault logs itself. The
 * service passes {@link #of(Vault)}; the gate's unit tests pass a fake that records what was asked.
 */
interface PersonVault {
  List<Vault.TokenPair> tokens(String tenant, String organisation, int limit);

  boolean knows(String tenant, AgencyToken token);

  Revealed reveal(
      String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor, Action action);

  List<PersonVersion> history(
      String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor);

  Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number, Actor actor);

  List<AgencyToken> findByNameAndBirthDate(
      String tenant, String familyName, String givenName, LocalDate birthDate, Actor actor);

  void erase(String tenant, AgencyToken token, Actor actor);

  static PersonVault of(Vault vault) {
    return new PersonVault() {
      @Override
      public List<Vault.TokenPair> tokens(String tenant, String organisation, int limit) {
        return vault.tokens(tenant, organisation, limit);
      }

      @Override
      public boolean knows(String tenant, AgencyToken token) {
        return vault.knows(tenant, token);
      }

      @Override
      public Revealed reveal(
          String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor, Action action) {
        return vault.reveal(tenant, token, masks, actor, action);
      }

      @Override
      public List<PersonVersion> history(
          String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor) {
        return vault.history(tenant, token, masks, actor);
      }

      @Override
      public Optional<AgencyToken> findByNumber(
          String tenant, IndividualNumber number, Actor actor) {
        return vault.findByNumber(tenant, number, actor);
      }

      @Override
      public List<AgencyToken> findByNameAndBirthDate(
          String tenant, String familyName, String givenName, LocalDate birthDate, Actor actor) {
        return vault.findByNameAndBirthDate(tenant, familyName, givenName, birthDate, actor);
      }

      @Override
      public void erase(String tenant, AgencyToken token, Actor actor) {
        vault.erase(tenant, token, actor);
      }
    };
  }
}
