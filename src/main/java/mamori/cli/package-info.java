/** The {@code mamori} command line: offline commands run plain Java; only {@code serve} and {@code demo} start the web stack. */
@NullMarked
package mamori.cli;

import org.jspecify.annotations.NullMarked;
