/** The vault's CSV internals: a bounded byte-level record splitter, charset detection and a primitive set of numbers seen, each independent of persons. */
@NullMarked
package mamori.vault.csv;

import org.jspecify.annotations.NullMarked;
