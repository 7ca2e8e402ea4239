package mamori.detect;

import mamori.log.AccessRecord;

/** A compiled test of one access record: a field test, a selection, a rule's condition. */
@FunctionalInterface
interface Match {
  boolean test(AccessRecord r);
}
