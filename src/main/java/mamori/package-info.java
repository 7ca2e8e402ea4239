/** Mamori keeps My Numbers and the personal data tied to them, and lets people work on it only through logged, entrusted access. */
@NullMarked
package mamori;

import org.jspecify.annotations.NullMarked;
