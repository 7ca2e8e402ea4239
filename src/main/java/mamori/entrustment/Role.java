package mamori.entrustment;

/**
 * The roles a user holds in their organisation, as the identity module assigns them. Only staff and
 * operators work on person data; security officers approve and stop entrustments; organisation
 * admins create them; auditors read histories.
 */
public enum Role { STAFF, OPERATOR, ORGANISATION_ADMIN, SECURITY_OFFICER, AUDITOR }
