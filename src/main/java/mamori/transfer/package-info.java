/** Encrypted packages: data leaves Mamori only sealed to a named recipient's key, released by the sender, killable when lost. */
@NullMarked
package mamori.transfer;

import org.jspecify.annotations.NullMarked;
