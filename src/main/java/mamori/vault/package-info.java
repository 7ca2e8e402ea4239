/** Person records: stored encrypted per field under a per-person key, found by blind index, revealed with masking, and erased by crypto-shredding. */
@NullMarked
package mamori.vault;

import org.jspecify.annotations.NullMarked;
