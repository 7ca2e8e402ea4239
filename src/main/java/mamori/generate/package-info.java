/** Synthetic but realistic residents for demos, tests and benchmarks: households, names, addresses and valid, distinct My Numbers, written as CSV. */
@NullMarked
package mamori.generate;

import org.jspecify.annotations.NullMarked;
