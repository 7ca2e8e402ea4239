package mamori.vault;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * One import of a persons file into a tenant: a reading thread parses and validates batches while
 * this thread registers the previous batch in the vault (encrypt, index, tokenise, log, store), so
 * both cores work. Rejected rows go to the rejects file; valid rows of the same batch still import.
 * Each batch is registered whole or not at all, and re-registering unchanged persons does nothing,
 * so a run killed half-way is completed by running it again.
 */
public final class PersonImport {
  /**
   * Persons per call of {@link Vault#register}: one of its transactions (four chunks, so its
   * pipeline has work). Two would let the next chunk be sealed while one is stored, at twice the
   * heap: the reading thread holds up to two batches beside the one registering.
   */
  static final int BATCH = Vault.TRANSACTION;

  private static final int QUEUED_BATCHES = 1;

  public record Summary(
      long imported,
      long updated,
      long unchanged,
      long rejected,
      Optional<java.nio.file.Path> rejectsFile) {}

  private PersonImport() {}

  /** Hears how far an import got: bytes of the file read, rows (valid or rejected) done. */
  public interface Step {
    void done(long bytesRead, long rows);
  }

  public static Summary run(
      Vault vault,
      String tenant,
      Actor actor,
      PersonCsvReader reader,
      RejectsFile rejects,
      Step step)
      throws Exception {
    return run(vault, tenant, actor, reader, rejects, step, batch -> {});
  }

  /**
   * As {@link #run(Vault, String, Actor, PersonCsvReader, RejectsFile, Step)}, and {@code
   * registered} hears each batch once it is stored (to tag its persons).
   */
  public static Summary run(
      Vault vault,
      String tenant,
      Actor actor,
      PersonCsvReader reader,
      RejectsFile rejects,
      Step step,
      java.util.function.Consumer<List<PersonData>> registered)
      throws Exception {
    BlockingQueue<PersonCsvReader.Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    CompletableFuture<Void> reading = new CompletableFuture<>();
    Thread readerThread =
        Thread.ofPlatform()
            .name("mamori-import-read")
            .daemon()
            .start(() -> {
              try {
                PersonCsvReader.Batch batch;
                do {
                  batch = reader.next(BATCH);
                  queue.put(batch);
                } while (!batch.isEmpty());
                reading.complete(null);
              } catch (Throwable e) {
                reading.completeExceptionally(e);
                queue.offer(
                    new PersonCsvReader.Batch(List.of(), List.of())); // wake the registering thread
              }
            });
    long imported = 0;
    long updated = 0;
    long unchanged = 0;
    long rows = 0;
    try {
      for (PersonCsvReader.Batch batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
        rejects.addAll(batch.rejects());
        vault.tally(tenant, "rejected", batch.rejects().size());
        if (!batch.rows().isEmpty()) {
          RegisterSummary s = vault.register(tenant, actor, batch.persons());
          imported += s.imported();
          updated += s.updated();
          unchanged += s.unchanged();
          registered.accept(batch.persons());
        }
        rows += batch.rows().size() + batch.rejects().size();
        step.done(reader.bytesRead(), rows);
      }
      reading.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw e.getCause() instanceof Exception x ? x : e;
    } finally {
      readerThread.interrupt();
    }
    vault.imported(imported + updated);
    Optional<java.nio.file.Path> written = rejects.commit();
    return new Summary(imported, updated, unchanged, rejects.count(), written);
  }
}
