/** Incidents from alert to PPC report: the affected persons computed from the log, the classification under the PPC rule, the deadlines, the reports, the notices to each person and the evidence that settles arguments. */
@NullMarked
package mamori.incident;

import org.jspecify.annotations.NullMarked;
