/** Verifies the transparency log from its wire formats alone (RFC 6962 hashes and proofs, C2SP signed notes, checkpoints, cosignatures and tile paths), so that a witness or a resident can check the log without Mamori's storage or Spring. */
@NullMarked
@NamedInterface("verify")
package mamori.log.verify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
