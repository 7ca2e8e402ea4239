package mamori.detect;

import mamori.core.TenantId;
import mamori.identity.SecurityAlerts;

/**
 * Published once the detection engine has stored an alert (after its transaction commits): what a
 * live dashboard, an e-mail or a webhook delivers.
 *
 * @param tenant whose alert
 * @param alertId the stored alert's id ({@link SecurityAlerts#get})
 * @param raised what was raised, with what its policy did
 */
public record AlertRaised(TenantId tenant, String alertId, SecurityAlerts.Raised raised) {}
