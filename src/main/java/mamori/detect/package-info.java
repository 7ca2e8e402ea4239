/** Rules over each tenant's access stream, read in log order from a durable position, raising alerts with their evidence and acting on them by policy. */
@NullMarked
package mamori.detect;

import org.jspecify.annotations.NullMarked;
