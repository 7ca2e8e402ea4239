package mamori.vault;

import java.util.List;

/**
 * Data keys another module keeps wrapped by a tenant's field keyset (a work document's), which a
 * field key rotation re-wraps beside the persons' own ({@link KeyRotation}): so the rotation's
 * status counts every key an old field key still wraps, and an old field key can be retired once it
 * wraps none. The module that owns the table owns these statements.
 */
public interface WrappedKeys {
  /** What the keys belong to, plural, for the rotation's status: {@code documents}. */
  String kind();

  /**
   * Up to {@code limit} of the tenant's live wrapped keys (never an erased one) whose id is above
   * {@code after}, in id order.
   */
  List<Wrapped> page(String tenant, long after, int limit);

  /**
   * The same data key wrapped again under the tenant's primary field key.
   *
   * @throws mamori.crypto.KeyException when {@code key} does not open
   */
  byte[] rewrap(String tenant, Wrapped key);

  /**
   * Stores each re-wrapped key in one transaction where the stored key is still the one re-wrapped
   * (a key changed or erased meanwhile is left alone); how many were stored.
   */
  long swap(String tenant, List<Swap> swaps);

  /** A stored wrapped key and the id of what it belongs to. */
  record Wrapped(long id, byte[] wrapped) {}

  /** A wrapped key and the same key re-wrapped under the primary field key. */
  record Swap(long id, byte[] old, byte[] rewrapped) {}
}
