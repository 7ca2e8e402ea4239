/** The access gate: the one path to person data, deciding from actor, chain, purpose, case, action and fields. */
@NullMarked
package mamori.access;

import org.jspecify.annotations.NullMarked;
