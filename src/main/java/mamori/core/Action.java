package mamori.core;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an access does, each with the code the log writes ({@code read}, {@code
 * entrustment.approve}). The first five are what an entrustment may allow ({@link #entrustable});
 * the gate decides the others as the one of those they need (a listing or a search as a read). The
 * codes are wire values: a record once written keeps its code for good, so a code is never renamed.
 */
public enum Action {
  /** Reveal a person's fields. */
  READ("read", true),
  /** Key a person's data in (in-system data entry). */
  ENTER("enter", true),
  /** Check what another operator keyed. */
  VERIFY("verify", true),
  /** Reveal a person's fields to be printed on paper. */
  PRINT("print", true),
  /** Seal persons' data into an encrypted package for a named recipient. */
  PACKAGE("package", true),
  /** List the persons an organisation may work on. */
  LIST("list", false),
  /** Search persons by number or by name and birth date. */
  FIND("find", false),
  /** Hand printed documents over at the counter. */
  HANDOVER("handover", false),
  /** Add a person to the register (an import). */
  REGISTER("register", false),
  /** Change a registered person's fields (an import of a newer row). */
  UPDATE("update", false),
  /** Erase a person for good (crypto-shredding). */
  ERASE("erase", false),
  /** Read a person's access history. */
  HISTORY("history", false),
  /** Sign in with both factors. */
  SIGNIN("signin", false),
  /** Generate a synthetic register (the demo town). */
  REGISTER_GENERATE("register.generate", false),
  /** Entrust work, or re-entrust it under an entrustment held. */
  ENTRUSTMENT_CREATE("entrustment.create", false),
  /** Approve a requested re-entrustment. */
  ENTRUSTMENT_APPROVE("entrustment.approve", false),
  /** Permit re-entrustment to a named subcontractor in advance. */
  ENTRUSTMENT_APPROVE_ADVANCE("entrustment.approve-advance", false),
  /** Suspend an entrustment and everything below it. */
  ENTRUSTMENT_SUSPEND("entrustment.suspend", false),
  /** Resume a suspended entrustment. */
  ENTRUSTMENT_RESUME("entrustment.resume", false),
  /** Revoke an entrustment and everything below it for good. */
  ENTRUSTMENT_REVOKE("entrustment.revoke", false),
  /** Add a new primary field key. */
  KEYS_ROTATE("keys.rotate", false),
  /** Add a user. */
  USER_ADD("user.add", false),
  /** Disable a user. */
  USER_DISABLE("user.disable", false),
  /** Unlock a user locked out by failed sign-ins. */
  USER_UNLOCK("user.unlock", false),
  /** End every session of a user. */
  USER_END_SESSIONS("user.end-sessions", false),
  /** Remove a user's second factor, to be enrolled again. */
  USER_RESET_FACTOR("user.reset-factor", false),
  /** Issue an API token. */
  TOKEN_ISSUE("token.issue", false),
  /** Revoke an API token. */
  TOKEN_REVOKE("token.revoke", false),
  // issue 14, point 2 and 3: organisations and purposes, each logged before it takes effect
  /** Register a contractor or subcontractor organisation. */
  ORGANISATION_ADD("organisation.add", false),
  /** Change an organisation's name, corporate number, address, country or networks. */
  ORGANISATION_CHANGE("organisation.change", false),
  /** Register a purpose (事務). */
  PURPOSE_ADD("purpose.add", false),
  /** Change a purpose's name, legal basis or retention rule. */
  PURPOSE_CHANGE("purpose.change", false),

  // issue 14, point 4 (no insider path around the gate)
  /** Sign out of a command-line session ({@code mamori logout}): its token is revoked. */
  SIGNOUT("signout", false),
  /** Set how long an organisation's operator tokens live. */
  TOKEN_LIFETIME("token.lifetime", false),
  /** Present a machine token from outside its networks. */
  TOKEN_USE("token.use", false),
  /** Set a tenant's setting ({@code mamori settings set}). */
  SETTING_SET("setting.set", false),

  // issue 14, point 2: the contract record of an entrustment, and its staff list
  /** Replace an entrustment's staff list (the user ids who may work under it). */
  ENTRUSTMENT_STAFF_CHANGE("entrustment.staff-change", false),
  /** Upload a new version of an entrustment's contract document (its SHA-256 is the case). */
  ENTRUSTMENT_CONTRACT_UPLOAD("entrustment.contract-upload", false),
  /** Download an entrustment's contract document. */
  ENTRUSTMENT_CONTRACT_DOWNLOAD("entrustment.contract-download", false),

  // issue 14, point 1 (set-up from zero) and the users part of point 2
  /** Create a tenant: its controller organisation, purposes, keys, log and first users. */
  TENANT_CREATE("tenant.create", false),
  /** Issue a one-time enrolment address for a user who has not enrolled. */
  USER_ENROLMENT_ISSUE("user.enrolment-issue", false),
  /** Use an enrolment address: the user's first password and second factor. */
  USER_ENROL("user.enrol", false),

  // issue 14 point 5: the controller's person sets
  /** Create a list of persons, the members of a {@code list:} person set. */
  LIST_CREATE("list.create", false),
  /** Tag a person, putting them in a {@code tag:} person set. */
  PERSON_TAG("person.tag", false),
  /** Remove a person's tag. */
  PERSON_UNTAG("person.untag", false),

  // issue 15: detection, alerts and incidents
  /** Acknowledge an alert: an officer has seen it and looks into it. */
  ALERT_ACKNOWLEDGE("alert.acknowledge", false),
  /** Assign an alert to an officer. */
  ALERT_ASSIGN("alert.assign", false),
  /** Close an alert with a reason. */
  ALERT_CLOSE("alert.close", false),
  /** Load a tenant's own detection rules (a rule file). */
  DETECT_RULES_LOAD("detect.rules-load", false),
  /** Open an incident, from alerts or by hand. */
  INCIDENT_OPEN("incident.open", false),
  /** Change an incident: its suspect, window, classification or deadlines. */
  INCIDENT_CHANGE("incident.change", false),
  /** Compute an incident's affected persons from the log. */
  INCIDENT_AFFECTED("incident.affected", false),
  /** Save a version of an incident's preliminary or final report. */
  INCIDENT_REPORT_SAVE("incident.report-save", false),
  /** Mark a report version as submitted to the PPC. */
  INCIDENT_REPORT_SUBMIT("incident.report-submit", false),
  /** Notify one affected person of an incident (portal notice or letter). */
  INCIDENT_NOTICE("incident.notice", false),
  /** Export an incident's evidence for an auditor or the PPC. */
  INCIDENT_EVIDENCE_EXPORT("incident.evidence-export", false),
  /** Close an incident with a reason. */
  INCIDENT_CLOSE("incident.close", false),

  // issue 16: contracted data entry inside Mamori (module work)
  /** Load a tenant's own document type (a type file). */
  WORK_TYPE_LOAD("work.type-load", false),
  /** Create a data-entry job for a purpose, a document type and a deadline. */
  JOB_CREATE("job.create", false),
  /** Load scanned documents into a job. */
  JOB_DOCUMENTS_ADD("job.documents-add", false),
  /** Change a job: its deadline, its state, or an entrustment's operator quotas. */
  JOB_CHANGE("job.change", false),
  /**
   * Be shown the image regions of one task to key or verify them: decided as {@link #ENTER} or
   * {@link #VERIFY}.
   */
  TASK_VIEW("task.view", false),
  /**
   * Accept a keyed document into the vault: the person found or registered by number, the
   * document's fields stored under that person's key. Done by Mamori when the last task is decided.
   */
  DOCUMENT_ACCEPT("document.accept", false),

  // issue 17: encrypted packages (module transfer); each person packaged is a PACKAGE record
  /** Register a recipient of packages: an organisation and its public key. */
  RECIPIENT_ADD("recipient.add", false),
  /** Revoke a recipient: no package is made for it or released to it again. */
  RECIPIENT_REVOKE("recipient.revoke", false),
  /** Release a package's share to its recipient, who answered the challenge with its key. */
  PACKAGE_RELEASE("package.release", false),
  /** Report a package lost: its release share is destroyed and it can never be opened. */
  PACKAGE_REPORT_LOST("package.report-lost", false),
  /** Open a package received (the recipient's side); its persons are then imported. */
  PACKAGE_OPEN("package.open", false),
  /** Register a sender whose packages the tenant accepts, pinned by its signing key. */
  SENDER_ADD("sender.add", false),
  /** Create the tenant's own recipient key, kept sealed in its Mamori. */
  TRANSFER_KEY_CREATE("transfer.key-create", false),

  // issue 18: printed pages with codes, the counter check and the count-back (module handover);
  // each person printed is a PRINT record, each person handed pages a HANDOVER record
  /** Acknowledge a stopped handover: a second staff member has seen the wrong page taken back. */
  HANDOVER_ACKNOWLEDGE("handover.acknowledge", false),
  /** Account for an internal page: filed, or shredded (a disposal record). */
  PAGE_RETURN("page.return", false),
  /** Someone outside reports a page that reached them (the public found page). */
  FOUND_REPORT("found.report", false),
  /** Close a found-page report with a recorded decision. */
  FOUND_DECIDE("found.decide", false),
  // issue 19: retention (module retention); each person erased by a run is an ERASE record
  /** Record the event a purpose's retention runs from, for persons (or that their case is open). */
  RETENTION_BASIS("retention.basis", false),
  /** List the persons due for deletion as of a day: a run to approve. */
  RETENTION_PROPOSE("retention.propose", false),
  /** Approve a proposed run (the security officer): the run may erase its persons. */
  RETENTION_APPROVE("retention.approve", false),
  /** Cancel a run not yet finished; persons not erased stay as they are. */
  RETENTION_CANCEL("retention.cancel", false),
  /** Give or withdraw a standing approval of a purpose's deletions. */
  RETENTION_STANDING("retention.standing", false),
  /** Place a legal hold on persons (an incident, a court order): never deleted while held. */
  RETENTION_HOLD("retention.hold", false),
  /** Lift a legal hold. */
  RETENTION_LIFT("retention.lift", false),
  /** Start (or resume) an approved run: its persons are erased, each logged as ERASE. */
  RETENTION_RUN("retention.run", false),
  /** Retire a field key: re-wrap what it wraps, then destroy it (and the root key generation). */
  KEYS_RETIRE("keys.retire", false),
  /**
   * Read a tenant's whole log as an auditor, bundle by bundle: one record per audit session (the
   * first entry bundle a token or console session fetches after an hour without one), never one per
   * bundle.
   */
  LOG_AUDIT("log.audit", false);

  private static final Map<String, Action> BY_CODE =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(Action::code, Function.identity()));

  private final String code;
  private final boolean entrustable;

  Action(String code, boolean entrustable) {
    this.code = code;
    this.entrustable = entrustable;
  }

  /** The code the log writes. */
  public String code() {
    return code;
  }

  /** Whether an entrustment's scope may allow this action (read, enter, verify, print, package). */
  public boolean entrustable() {
    return entrustable;
  }

  /**
   * Whether this is an act on the system itself (tenants, organisations, purposes, users, tokens,
   * keys, entrustments and their contracts) rather than work on or for a person's data: what an
   * auditor reviews as administration (issue 14, point 3). Every action that is not one of the
   * entrustable work actions and not one of the person-data actions below is administrative, so an
   * action added later is reviewed as administration unless it is said to be person work here.
   */
  public boolean administrative() {
    return !entrustable && !PERSON_WORK.contains(this);
  }

  /**
   * Work on persons that no entrustment allows by name, and signing in and out (a token presented
   * is a sign-in): not administration.
   */
  private static final java.util.Set<Action> PERSON_WORK =
      java.util.EnumSet.of(
          LIST,
          FIND,
          HANDOVER,
          REGISTER,
          UPDATE,
          ERASE,
          PACKAGE_RELEASE,
          PACKAGE_OPEN,
          HISTORY,
          SIGNIN,
          SIGNOUT,
          TOKEN_USE,
          REGISTER_GENERATE,
          TASK_VIEW,
          DOCUMENT_ACCEPT);

  /** The action the log writes as {@code code}; empty for a code this version does not know. */
  public static Optional<Action> ofCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
