/** What the command line shows on standard error besides its results: warnings from offline commands, and progress bars when it is a terminal. */
@NullMarked
package mamori.terminal;

import org.jspecify.annotations.NullMarked;
