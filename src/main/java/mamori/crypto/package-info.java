/** Keys and cryptography: the only code that reads or writes key material. */
@NullMarked
package mamori.crypto;

import org.jspecify.annotations.NullMarked;
