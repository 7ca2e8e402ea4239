/** Nothing kept longer than allowed: retention schedules from purposes, legal holds, approved deletion runs and their records without the number. */
@NullMarked
package mamori.retention;

import org.jspecify.annotations.NullMarked;
