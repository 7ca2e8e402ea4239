/** My Number value types: individual and corporate numbers, check digits, normalisation and masking, and the scanner that finds numbers in files. */
@NullMarked
package mamori.number;

import org.jspecify.annotations.NullMarked;
