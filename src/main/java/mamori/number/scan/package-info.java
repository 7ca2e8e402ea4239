/** The leak scanner's engine, internal to the number module: decoding, text extraction and candidate detection. */
@NullMarked
package mamori.number.scan;

import org.jspecify.annotations.NullMarked;
