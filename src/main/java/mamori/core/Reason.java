package mamori.core;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why an access or a change was refused, each with its stable code: the log writes a denial as
 * {@code deny:<code>}, the JSON API answers it, and the pages show the sentence {@code
 * console.reason.<code>}. Codes are wire values and are never renamed.
 */
public enum Reason {
  // the decision over the chain of entrustments
  /** No entrustment held by the organisation covers the access (or the organisation is unknown). */
  CHAIN_NONE("chain.none"),
  /** A re-entrustment of the chain is still waiting for the first entrusting body's approval. */
  CHAIN_NOT_APPROVED("chain.not-approved"),
  /** An entrustment of the chain is suspended. */
  CHAIN_SUSPENDED("chain.suspended"),
  /** An entrustment of the chain was revoked. */
  CHAIN_REVOKED("chain.revoked"),
  /** An entrustment of the chain has expired. */
  CHAIN_EXPIRED("chain.expired"),
  /** The tenant has registered no such purpose. */
  PURPOSE_UNKNOWN("purpose.unknown"),
  /** The chain does not grant the purpose. */
  PURPOSE_NOT_GRANTED("purpose.not-granted"),
  /** The chain does not allow the action. */
  ACTION_NOT_ALLOWED("action.not-allowed"),
  /** A field asked for lies outside the chain's scope. */
  FIELD_OUT_OF_SCOPE("field.out-of-scope"),
  /** The day lies before the entrustment's period. */
  PERIOD_OUTSIDE("period.outside"),
  /** A daily volume cap of the chain is reached. */
  VOLUME_EXCEEDED("volume.exceeded"),
  /** The person lies outside the chain's person set. */
  PERSON_OUT_OF_SCOPE("person.out-of-scope"),
  /** The caller's role may not do this. */
  ROLE_NOT_ALLOWED("role.not-allowed"),
  // the gate
  /**
   * The token names no person the caller may know of; answered as "not found", never as a denial.
   */
  PERSON_NOT_FOUND("person.not-found"),
  /** Only the controller's own staff may do this. */
  ORGANISATION_NOT_CONTROLLER("organisation.not-controller"),
  // changes to entrustments
  /** No such organisation is registered (for the tenant). */
  ORGANISATION_UNKNOWN("organisation.unknown"),
  /** Work is entrusted to a contractor, not to the controller itself. */
  ORGANISATION_CONTROLLER("organisation.controller"),
  /** Only the tenant entrusts first; a contractor re-entrusts under its entrustment. */
  CHAIN_NOT_ROOT("chain.not-root"),
  /** Only the organisation holding an entrustment re-entrusts under it. */
  CHAIN_NOT_HOLDER("chain.not-holder"),
  /** The organisation is already in the chain. */
  CHAIN_CYCLE("chain.cycle"),
  /**
   * A re-entrustment would put more re-entrustments below the first entrustment than a chain may
   * hold.
   */
  CHAIN_TOO_DEEP("chain.too-deep"),
  /** A re-entrustment names a purpose its parent does not. */
  SCOPE_PURPOSES("scope.purposes"),
  /** A re-entrustment shows a field its parent does not, or less masked. */
  SCOPE_FIELDS("scope.fields"),
  /** A re-entrustment allows an action its parent does not. */
  SCOPE_ACTIONS("scope.actions"),
  /** A re-entrustment's period reaches outside its parent's. */
  SCOPE_PERIOD("scope.period"),
  /** A re-entrustment's daily cap is above its parent's. */
  SCOPE_CAP("scope.cap"),
  /** A re-entrustment covers persons its parent does not. */
  SCOPE_PERSONS("scope.persons"),
  /** The contract lacks a mandatory clause. */
  CONTRACT_INCOMPLETE("contract.incomplete"),
  /** The change is not possible in the entrustment's state. */
  STATE_INVALID("state.invalid"),
  /** Another change came first; nothing was changed. */
  STATE_CHANGED("state.changed"),
  /** Only the first entrusting body's security officer (or, to stop, the entrusting body) may. */
  APPROVAL_NOT_ROOT_OFFICER("approval.not-root-officer"),
  /**
   * The approver is the one who requested the entrustment: a grant that needs two people cannot be
   * given by one.
   */
  APPROVAL_OWN_REQUEST("approval.own-request"),
  /** Advance permission needs its three conditions recorded on the contract. */
  ADVANCE_CONDITIONS_MISSING("advance.conditions-missing"),
  /** There is no such entrustment; answered as "not found". */
  ENTRUSTMENT_UNKNOWN("entrustment.unknown"),
  /**
   * The organisation already has as many re-entrustment requests waiting for approval as it may.
   */
  PENDING_LIMIT("entrustment.pending-limit"),
  // issue 14, points 2 and 4: organisations, purposes and network binding
  /** An organisation's details are changed by the tenant or by that organisation only. */
  ORGANISATION_NOT_OWN("organisation.not-own"),
  /** An organisation or purpose with that id is already registered. */
  REGISTRY_TAKEN("registry.taken"),
  /**
   * A contractor's or subcontractor's user asked from an address outside the networks its
   * organisation registered (or it registered none).
   */
  NETWORK_NOT_REGISTERED("network.not-registered"),

  // issue 14, point 4 (no insider path around the gate)
  /** A machine token was presented from an address outside the networks it was issued for. */
  NETWORK_NOT_ALLOWED("network.not-allowed"),

  // issue 14, point 2: the staff list tied to user accounts, and the contract document
  /**
   * The operator is not on the staff list of the entrustment their organisation holds: only listed
   * staff touch person data through it.
   */
  STAFF_NOT_LISTED("staff.not-listed"),
  /** A staff list names someone who is not a user of the organisation that holds the work. */
  STAFF_NOT_USER("staff.not-user"),
  /** The caller is not a party to the entrustment whose contract document they asked for. */
  CONTRACT_NOT_PARTY("contract.not-party"),
  /** No contract document has been uploaded for the entrustment (or not that version). */
  CONTRACT_NONE("contract.none"),

  // issue 14, the users part of point 2
  /**
   * A user of an organisation is managed only by its own organisation admin (and the controller's
   * by the tenant's security officer too).
   */
  USER_NOT_OWN_ORGANISATION("user.not-own-organisation"),

  // issue 16: contracted data entry (module work)
  /** No job of the tenant has that id (or it is another tenant's). */
  JOB_UNKNOWN("job.unknown"),
  /** The job is closed: no more documents, tasks or entries. */
  JOB_CLOSED("job.closed"),
  /** No task of the tenant has that id, or it is not one the caller may know. */
  TASK_UNKNOWN("task.unknown"),
  /** The task is not the one given to this operator now (another's, or its hold ran out). */
  TASK_NOT_HELD("task.not-held"),
  /** The operator already keyed the other side of this task: a double entry needs two people. */
  TASK_SAME_OPERATOR("task.same-operator"),
  /** The task is not waiting for what was sent (an entry to a task in verification, and so on). */
  TASK_STATE("task.state"),
  /** The operator reached their hourly task quota under the entrustment. */
  QUOTA_HOURLY("quota.hourly"),
  /** The operator reached their daily task quota under the entrustment. */
  QUOTA_DAILY("quota.daily"),
  /** An entry's value does not pass its field's check (check digit, date, amount, kana). */
  ENTRY_INVALID("entry.invalid"),
  /** A loaded document was refused: corrupted, oversized, encrypted or not a PDF or image. */
  DOCUMENT_REFUSED("document.refused"),
  /**
   * A keyed document's number belongs to a person whose name and birth date differ from the ones
   * keyed: it is not accepted onto that person, and waits for the controller.
   */
  DOCUMENT_MISMATCH("document.mismatch"),
  /**
   * No one has a keyed document's number and its type does not give the family name, given name and
   * birth date a person is registered with: it is not accepted, and waits for the controller.
   */
  DOCUMENT_UNREGISTERED("document.unregistered"),
  /** A job with that id is already the tenant's. */
  JOB_TAKEN("job.taken"),
  /** The document type is being loaded by another request; try again. */
  TYPE_BUSY("type.busy"),

  // the web edge
  /** The request is malformed or incomplete: a field is missing, of the wrong kind or too long. */
  REQUEST_INVALID("request.invalid"),
  /** A large upload comes from a caller who may not upload (read only for the officer or admin). */
  REQUEST_UPLOAD_NOT_ALLOWED("request.upload-not-allowed"),
  /** As many large uploads as the service reads at once are being read; try again. */
  REQUEST_UPLOADS_BUSY("request.uploads-busy"),

  // issue 17: encrypted packages
  /** No recipient of that id is registered for the tenant. */
  RECIPIENT_UNKNOWN("recipient.unknown"),
  /** The recipient was revoked: nothing is packaged for it or released to it. */
  RECIPIENT_REVOKED("package.recipient-revoked"),
  /** No package of that id was made by the tenant. */
  PACKAGE_UNKNOWN("package.unknown"),
  /** The package was never finished (its making was stopped): it is not released. */
  PACKAGE_INCOMPLETE("package.incomplete"),
  /** The package's expiry has passed. */
  PACKAGE_EXPIRED("package.expired"),
  /** The package was reported lost: its release share is destroyed. */
  PACKAGE_LOST("package.lost"),
  /** The answer to the release challenge is not the one sealed to the recipient's key. */
  PACKAGE_ANSWER_WRONG("package.answer-wrong"),
  /** The file is not a whole, well-formed package (cut short, changed, or not a package). */
  PACKAGE_MALFORMED("package.malformed"),
  /** The manifest's signature is not the registered sender's. */
  PACKAGE_SIGNATURE("package.signature"),
  /** The package is sealed to another recipient's key. */
  PACKAGE_NOT_OURS("package.not-ours"),
  /** The package was opened and imported already. */
  PACKAGE_OPENED("package.already-opened"),
  /** The sender did not release the package (or could not be reached). */
  PACKAGE_NOT_RELEASED("package.not-released"),
  /** The fields asked do not make a package the recipient can import. */
  PACKAGE_FIELDS("package.fields"),
  /** An offline package carries its release share: the sender has nothing to release. */
  PACKAGE_OFFLINE("package.offline"),

  // issue 18: printed pages and the counter check
  /** The code is not a page this office printed: unknown, of another tenant, forged or edited. */
  PAGE_UNKNOWN("page.unknown"),
  /** The document's codes were tried wrong too often: it is locked until printed again. */
  PAGE_LOCKED("page.locked"),
  /** The resident's code is not of a document that names them (a pickup notice or a letter). */
  HANDOVER_NOT_IDENTIFYING("handover.not-identifying"),
  /** The resident's pickup notice or letter has expired. */
  HANDOVER_CODE_EXPIRED("handover.code-expired"),
  /** The resident's pickup notice was used for a handover already. */
  HANDOVER_CODE_USED("handover.code-used"),
  /** The page scanned is about another resident: it must not be handed over. */
  HANDOVER_OTHER_RESIDENT("handover.other-resident"),
  /** The page scanned is an internal page (a list): it must never be handed over. */
  HANDOVER_INTERNAL_PAGE("handover.internal-page"),
  /** The page scanned was handed over already, or filed or shredded at the returns. */
  HANDOVER_PAGE_HANDED("handover.page-handed"),
  /** The handover is stopped: nothing more is scanned until a second staff member acknowledges. */
  HANDOVER_STOPPED("handover.stopped"),
  /** A stop is acknowledged by a second staff member, not by the one at the counter. */
  HANDOVER_SAME_STAFF("handover.same-staff"),
  /** The handover is finished or cancelled already. */
  HANDOVER_CLOSED("handover.closed"),
  // issue 19: retention
  /** An event date after today: a case cannot have closed tomorrow. */
  RETENTION_FUTURE_DATE("retention.future-date"),
  /**
   * A rule or a run that would delete every person of a purpose today, without being confirmed
   * twice.
   */
  RETENTION_UNCONFIRMED("retention.unconfirmed"),
  /**
   * A run asked to do what its state does not allow (approve a finished run, run a proposed one).
   */
  RETENTION_RUN_STATE("retention.run-state"),
  /** A hold that is lifted already, or unknown. */
  RETENTION_HOLD_STATE("retention.hold-state"),
  /** A field key that cannot be retired: the only key, or one still wrapping keys. */
  KEYS_NOT_RETIRABLE("keys.not-retirable");

  private static final Map<String, Reason> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Reason::code, Function.identity()));

  private final String code;

  Reason(String code) {
    this.code = code;
  }

  /** The stable code: {@code chain.not-approved}, ... */
  public String code() {
    return code;
  }

  /** The reason whose code is {@code code}; empty for a code this version does not know. */
  public static Optional<Reason> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
