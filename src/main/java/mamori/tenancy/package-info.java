/** Tenants set up from zero, and the users of their organisations: who may add, disable and enrol whom, each act written to the tenant's log before it takes effect. */
@NullMarked
package mamori.tenancy;

import org.jspecify.annotations.NullMarked;
