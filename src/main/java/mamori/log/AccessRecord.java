package mamori.log;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Why;

/**
 * One access to personal data, as the log keeps it: who acted, for which organisation, through
 * which chain of entrustments, for which purpose and case, what they did to which person's which
 * fields, what was decided, and when. It never holds a My Number: the person is named by an
 * agency-specific token. The random {@code salt} (16 bytes or more) makes the leaf hash of a record
 * impossible to test against guessed tokens or people. {@link AccessRecordCodec} gives its one
 * canonical byte form.
 *
 * <p>Design. The components are the record's wire form, kept as the codec reads it, so that a
 * record written by any version decodes and encodes to the same bytes. A record is made from typed
 * words only: {@link #of(Attempt, Outcome)} is its one factory (the codec, decoding, is the other
 * caller of the canonical constructor; {@code AccessRecordFactoryTest} holds both to that). The
 * typed view ({@link #knownAction}, {@link #reason}, {@link #person}, {@link #why}) reads the words
 * back, empty where a record holds a code this version does not know.
 *
 * @param actor the acting user's id
 * @param organisation the id of the organisation the actor belongs to
 * @param chain entrustment ids from the controller's first entrustment down to the actor's
 *     organisation; empty when the controller's own staff act
 * @param purpose the registered purpose (事務) id
 * @param caseRef the case the access belongs to
 * @param action what was done: read, enter, verify, print, package, register, erase, or an
 *     administrative action such as entrustment.approve
 * @param personToken the person's agency-specific token, or "" when the access concerns no person
 * @param fields the fields touched, by column name, sorted and distinct
 * @param decision {@value #ALLOW}, or {@value #DENY} followed by a reason code
 * @param time when it was decided, to the millisecond
 * @param salt 16 to 64 random bytes
 */
public record AccessRecord(
    String actor,
    String organisation,
    List<String> chain,
    String purpose,
    String caseRef,
    String action,
    String personToken,
    List<String> fields,
    String decision,
    Instant time,
    byte[] salt) {

  public static final int MIN_SALT = 16;
  public static final int MAX_SALT = 64;

  /** The decision of an allowed access. */
  public static final String ALLOW = "allow";

  /** What precedes the reason code in the decision of a denied access. */
  public static final String DENY = "deny:";

  private static final SecureRandom RANDOM = new SecureRandom();

  public AccessRecord {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(organisation, "organisation");
    chain = List.copyOf(chain);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(caseRef, "caseRef");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(personToken, "personToken");
    fields = fields.stream().distinct().sorted().toList();
    Objects.requireNonNull(decision, "decision");
    time = Instant.ofEpochMilli(time.toEpochMilli());
    if (salt.length < MIN_SALT || salt.length > MAX_SALT) {
      throw new IllegalArgumentException("salt must be " + MIN_SALT + " to " + MAX_SALT + " bytes");
    }
    salt = salt.clone();
  }

  /** The record of {@code attempt} and what was decided, with a fresh random 16-byte salt. */
  public static AccessRecord of(Attempt attempt, Outcome outcome) {
    byte[] salt = new byte[MIN_SALT];
    RANDOM.nextBytes(salt);
    return of(attempt, outcome, salt);
  }

  /**
   * As {@link #of(Attempt, Outcome)} with the salt given: for benchmarks, whose salts must not cost
   * a SecureRandom call each, and for fixtures with fixed bytes. Never for a real access.
   */
  static AccessRecord of(Attempt attempt, Outcome outcome, byte[] salt) {
    String decision =
        switch (outcome) {
          case Outcome.Allowed _ -> ALLOW;
          case Outcome.Denied denied -> DENY + denied.reason().code();
        };
    AccessRecord r =
        new AccessRecord(
            attempt.who().user().value(),
            attempt.who().organisation().value(),
            attempt.chain(),
            attempt.why().purpose(),
            attempt.why().caseRef(),
            attempt.action().code(),
            attempt.person().map(PersonToken::value).orElse(""),
            attempt.fields().stream().map(Field::column).toList(),
            decision,
            attempt.when(),
            salt);
    refuseNumbers(r);
    return r;
  }

  /**
   * Refuses a new record that holds a My Number: the log is append-only and kept for years, so a
   * number written into it could never be erased. The purpose and case are free text and refuse any
   * chain of twelve digits (as {@link Why} does already); the ids, token and codes the service
   * makes refuse a valid individual number in any spelling. Records decoded from the log are not
   * checked again, so a record written under older, looser rules still reads.
   */
  private static void refuseNumbers(AccessRecord r) {
    boolean number =
        mamori.core.NumberText.holdsNumber(r.purpose)
            || mamori.core.NumberText.holdsNumber(r.caseRef)
            || java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(
                        r.actor, r.organisation, r.action, r.personToken, r.decision),
                    java.util.stream.Stream.concat(r.chain.stream(), r.fields.stream()))
                .anyMatch(mamori.number.Masking::holdsIndividualNumber);
    if (number) {
      throw new IllegalArgumentException(
          "an access record field holds what looks like a My Number");
    }
  }

  /** Whether the access was allowed. */
  public boolean allowed() {
    return decision.equals(ALLOW);
  }

  /** The action; empty for a code this version does not know. */
  public Optional<Action> knownAction() {
    return Action.ofCode(action);
  }

  /**
   * Why the access was denied; empty when it was allowed, or for a code this version does not know.
   */
  public Optional<Reason> reason() {
    return decision.startsWith(DENY)
        ? Reason.ofCode(decision.substring(DENY.length()))
        : Optional.empty();
  }

  /** The person the access concerned; empty when it concerned none. */
  public Optional<PersonToken> person() {
    return personToken.isEmpty() ? Optional.empty() : Optional.of(new PersonToken(personToken));
  }

  /**
   * The purpose and case; empty for a record written under older rules whose purpose or case this
   * version's check of {@link Why} refuses.
   */
  public Optional<Why> why() {
    try {
      return Optional.of(new Why(purpose, caseRef));
    } catch (Why.Invalid e) {
      return Optional.empty();
    }
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessRecord r
        && java.util.Arrays.equals(AccessRecordCodec.encode(this), AccessRecordCodec.encode(r));
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(AccessRecordCodec.encode(this));
  }

  /**
   * Everything but the salt, for logs and messages; the token is shown, since it is not a number.
   */
  @Override
  public String toString() {
    return "AccessRecord["
        + time
        + " "
        + actor
        + "@"
        + organisation
        + " via "
        + chain
        + " "
        + purpose
        + "/"
        + caseRef
        + " "
        + action
        + " "
        + personToken
        + " "
        + fields
        + " "
        + decision
        + "]";
  }
}
