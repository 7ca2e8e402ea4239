/** Who is acting: users, their organisation and role, and the API bearer tokens that prove it. */
@NullMarked
package mamori.identity;

import org.jspecify.annotations.NullMarked;
