/** The transparency log: access records, the per-tenant Merkle tree, checkpoints, tiles and witnesses. */
@NullMarked
package mamori.log;

import org.jspecify.annotations.NullMarked;
