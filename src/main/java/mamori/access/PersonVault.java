package mamori.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.number.IndividualNumber;
import mamori.vault.Actor;
import mamori.vault.PersonSets;
import mamori.vault.PersonVersion;
import mamori.vault.Revealed;
import mamori.vault.Vault;

/**
 * What the gate asks of the vault, and nothing more: the persons of a set an organisation may be
 * shown a page at a time, whether a person is in a set, the listing's cursor, whether a token names
 * one, and the reveals, searches and erasure the vault logs itself. The service passes {@link
 * #of(Vault)}; the gate's unit tests pass a fake that records what was asked.
 */
interface PersonVault {
  boolean knows(String tenant, AgencyToken token);

  /**
   * One access to a person: whether the token names one, and the reveal of that person. The
   * service's access reads the person's row once for both ({@link Vault#hold}); by default (a
   * test's fake) it asks {@link #knows} and {@link #reveal}.
   */
  interface Access {
    boolean known();

    Revealed reveal(Map<Field, Mask> masks, Actor actor, Action action);
  }

  /** {@link Access} to the person {@code token} names in {@code tenant}. */
  default Access access(String tenant, AgencyToken token) {
    boolean known = knows(tenant, token);
    return new Access() {
      @Override
      public boolean known() {
        return known;
      }

      @Override
      public Revealed reveal(Map<Field, Mask> masks, Actor actor, Action action) {
        return PersonVault.this.reveal(tenant, token, masks, actor, action);
      }
    };
  }

  Revealed reveal(
      String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor, Action action);

  List<PersonVersion> history(
      String tenant, AgencyToken token, Map<Field, Mask> masks, Actor actor);

  Optional<AgencyToken> findByNumber(String tenant, IndividualNumber number, Actor actor);

  List<AgencyToken> findByNameAndBirthDate(
      String tenant, String familyName, String givenName, LocalDate birthDate, Actor actor);

  void erase(String tenant, AgencyToken token, Actor actor);

  /** A page of a set's members ({@link PersonSets#page}). */
  PersonSets.Page page(
      String tenant, String organisation, PersonSets.Members members, long after, int limit);

  /** Whether a person is in a set ({@link PersonSets#holds}). */
  boolean holds(String tenant, AgencyToken own, PersonSets.Members members);

  /** A listing's cursor ({@link PersonSets#sealCursor}). */
  String sealCursor(String tenant, String boundTo, long after);

  /** The position of a listing's cursor, empty when not sealed for the caller. */
  OptionalLong openCursor(String tenant, String boundTo, String cursor);

  /** The vault id of the live person a token names ({@link Vault#personId}). */
  default long personId(String tenant, AgencyToken token) {
    throw new UnsupportedOperationException("personId");
  }

  /** Registers a batch ({@link Vault#register}); the vault logs it first. */
  default void register(String tenant, Actor actor, List<mamori.vault.PersonData> batch) {
    throw new UnsupportedOperationException("registering is not faked here");
  }

  /** Links an accepted document's fields to a person ({@link Vault#attachDocument}). */
  default long attachDocument(
      String tenant,
      AgencyToken token,
      long documentId,
      String jobId,
      String typeId,
      byte[] fields,
      Runnable alsoInTransaction) {
    throw new UnsupportedOperationException("attachDocument");
  }

  static PersonVault of(Vault vault) {
    PersonSets sets = vault.sets();
    return new PersonVault() {
      @Override
      public PersonSets.Page page(
          String tenant, String organisation, PersonSets.Members members, long after, int limit) {
        return sets.page(tenant, organisation, members, after, limit);
      }

      @Override
      public boolean holds(String tenant, AgencyToken own, PersonSets.Members members) {
        return sets.holds(tenant, own, members);
      }

      @Override
      public String sealCursor(String tenant, String boundTo, long after) {
        return sets.sealCursor(tenant, boundTo, after);
      }

      @Override
      public OptionalLong openCursor(String tenant, String boundTo, String cursor) {
        return sets.openCursor(tenant, boundTo, cursor);
      }

      @Override
      public boolean knows(String tenant, AgencyToken token) {
        return vault.knows(tenant, token);
      }

      @Override
      public Access access(String tenant, AgencyToken token) {
        Optional<Vault.Held> held = vault.hold(tenant, token);
        return new Access() {
          @Override
          public boolean known() {
            return held.isPresent();
          }

          @Override
          public Revealed reveal(Map<Field, Mask> masks, Actor actor, Action action) {
            return vault.reveal(
                held.orElseThrow(() ->
                    new IllegalStateException("a person the vault does not know was revealed")),
                masks,
                actor,
                action);
          }
        };
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

      @Override
      public long personId(String tenant, AgencyToken token) {
        return vault.personId(tenant, token);
      }

      @Override
      public void register(String tenant, Actor actor, List<mamori.vault.PersonData> batch) {
        vault.register(tenant, actor, batch);
      }

      @Override
      public long attachDocument(
          String tenant,
          AgencyToken token,
          long documentId,
          String jobId,
          String typeId,
          byte[] fields,
          Runnable alsoInTransaction) {
        return vault.attachDocument(
            tenant, token, documentId, jobId, typeId, fields, alsoInTransaction);
      }
    };
  }
}
