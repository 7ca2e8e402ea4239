/** The resident's side: activation letters with one-time codes, and resident accounts tied to their own record. */
@NullMarked
package mamori.portal;

import org.jspecify.annotations.NullMarked;
