/** Contracted data entry inside Mamori: document types, jobs, scanned documents, tasks with double entry and verification, quotas and pace. */
@NullMarked
package mamori.work;

import org.jspecify.annotations.NullMarked;
