package mamori.log;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mamori.log.verify.EntryBundle;
import mamori.log.verify.Rfc6962;
import org.jspecify.annotations.Nullable;

/**
 * The leaf hashes of stored entry bundles, for a whole verification: the reading thread hands each
 * bundle over as the store yields it, the bundles' entries are hashed on every core meanwhile, and
 * the results come back on the reading thread, in bundle order, to be folded into the tree there.
 *
 * <p>Design. Reading a bundle row costs a few microseconds and hashing its 256 entries some tens of
 * them (one SHA-256 of about 150 bytes each), so the leaf hashing, which is independent per entry,
 * is what is spread; what depends on order (the root, the tiles, the checkpoints) stays on one
 * thread. At most {@link #IN_FLIGHT} bundles are outstanding, so memory stays small whatever the
 * log's size.
 */
final class BundleHashes implements AutoCloseable {
  static final int IN_FLIGHT = 64;

  /**
   * One bundle hashed: {@code entries} leaf hashes of 32 bytes in {@code leafHashes}, and the
   * bundle's fault when its bytes are not length-prefixed entries (the entries before the fault are
   * hashed).
   */
  record Hashed(long index, int entries, byte[] leafHashes, @Nullable String malformed) {}

  /** Receives hashed bundles in order. */
  interface Sink {
    void accept(Hashed hashed);
  }

  private static final ThreadLocal<MessageDigest> SHA =
      ThreadLocal.withInitial(() -> {
        try {
          return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
          throw new IllegalStateException("this Java has no SHA-256", e);
        }
      });

  private final Sink sink;
  private final ExecutorService threads;
  private final ArrayDeque<CompletableFuture<Hashed>> waiting = new ArrayDeque<>();

  BundleHashes(Sink sink) {
    this.sink = sink;
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.threads =
        Executors.newFixedThreadPool(
            cores, Thread.ofPlatform().daemon().name("mamori-log-hash-", 0).factory());
  }

  /** Hashes {@code bundle}, handing earlier ones to the sink as their turn comes. */
  void add(long index, byte[] bundle) {
    waiting.add(CompletableFuture.supplyAsync(() -> hash(index, bundle), threads));
    while (waiting.size() > IN_FLIGHT || !waiting.isEmpty() && waiting.peek().isDone()) {
      sink.accept(waiting.poll().join());
    }
  }

  /** Hands every bundle still being hashed to the sink, in order. */
  void finish() {
    while (!waiting.isEmpty()) {
      sink.accept(waiting.poll().join());
    }
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** The leaf hashes of one bundle's entries. */
  static Hashed hash(long index, byte[] bundle) {
    MessageDigest sha = SHA.get();
    byte[] out = new byte[EntryBundle.WIDTH * Rfc6962.HASH_SIZE];
    int[] count = {0};
    String malformed = null;
    try {
      EntryBundle.visit(
          bundle,
          (k, b, offset, length) -> {
            sha.update((byte) 0);
            sha.update(b, offset, length);
            try {
              sha.digest(out, k * Rfc6962.HASH_SIZE, Rfc6962.HASH_SIZE);
            } catch (DigestException e) {
              throw new IllegalStateException(e);
            }
            count[0] = k + 1;
          });
    } catch (EntryBundle.MalformedException e) {
      malformed = e.getMessage();
    }
    return new Hashed(index, count[0], out, malformed);
  }
}
