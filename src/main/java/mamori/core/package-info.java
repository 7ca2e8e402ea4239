/** The shared words of an access (tenant, organisation, user, person token, purpose and case, action, field, mask, role, reason, an attempt and its outcome) as types; depends on nothing else in Mamori. */
@NullMarked
package mamori.core;

import org.jspecify.annotations.NullMarked;
