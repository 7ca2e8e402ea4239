/** Organisations, purposes (事務) and chains of entrustment (委託), and the decision whether an access is allowed through them. */
@NullMarked
package mamori.entrustment;

import org.jspecify.annotations.NullMarked;
