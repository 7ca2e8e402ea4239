/** The transparency log: every access record is appended to a per-tenant RFC 6962 Merkle tree, published as signed C2SP checkpoints and tiles, and proven to residents and witnesses. */
@NullMarked
package mamori.log;

import org.jspecify.annotations.NullMarked;
