/** The benchmarks of {@code mamori bench} and their baselines: each measures Mamori against a figure of the design and prints {@code name: value} lines. */
@NullMarked
package mamori.bench;

import org.jspecify.annotations.NullMarked;
