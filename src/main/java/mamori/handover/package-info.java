/** Printed paper that knows whose it is: coded pages, the counter check, the count-back of internal pages and pages found outside. */
@NullMarked
package mamori.handover;

import org.jspecify.annotations.NullMarked;
