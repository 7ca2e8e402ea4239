/** A C2SP tlog-witness that cosigns a log's checkpoint only when it provably extends the one it cosigned before, and the client that has Mamori's own checkpoints cosigned by the witnesses configured for each tenant. */
@NullMarked
package mamori.witness;

import org.jspecify.annotations.NullMarked;
