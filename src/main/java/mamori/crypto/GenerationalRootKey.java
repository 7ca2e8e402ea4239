package mamori.crypto;

import java.util.List;

/**
 * A root key that can be replaced by a new generation, as both kinds of root key can: a new key is
 * added and made current (durably, before anything is wrapped under it), every wrapped value is
 * wrapped again under it ({@link RootKeys#rotate}), and only then the older generations are
 * destroyed. Each wrapped value names the generation that wrapped it (Tink's key id in a key file;
 * a generation number in a PKCS#11 wrap), so values of several generations open while a rotation is
 * under way. A stopped rotation leaves more than one generation held; adding a generation then
 * returns the pending one instead of making another, so a rerun finishes the same rotation.
 */
interface GenerationalRootKey extends RootKey {

  /** The generations held, oldest first; the last is current (new wrapping uses it). */
  List<Integer> generations();

  /**
   * Makes a new generation current and returns it, or returns the current one when older ones are
   * still held (a rotation under way). The new key is durable before this returns.
   */
  int addGeneration();

  /** This key restricted to its current generation: opens only what that generation wrapped. */
  RootKey currentOnly();

  /**
   * Destroys every generation but the current one: removed from the key file (rewritten), or
   * deleted from the token. Call only once nothing is wrapped under them.
   */
  void destroyOlderGenerations();
}
