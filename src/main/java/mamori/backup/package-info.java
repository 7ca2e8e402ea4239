/** Online backups of a store with a manifest of its log checkpoints, counts and hashes, their restore onto a new store checked against the witnesses, and the key folder sealed to a security officer. */
@NullMarked
package mamori.backup;

import org.jspecify.annotations.NullMarked;
