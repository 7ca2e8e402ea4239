package mamori.bench;

import java.nio.file.Path;
import java.util.function.LongConsumer;
import mamori.VaultSession;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.StoreLocation;
import mamori.vault.PersonImport;

/**
 * Mamori's side of {@code mamori bench import}: the import of a generated CSV into a fresh tenant,
 * in two steps so that only the import itself is timed, as only the loading is on the baseline's
 * side.
 */
@FunctionalInterface
interface ImportRun {
  /**
   * Opens Mamori on {@code store} with its keys in {@code keyFolder} and gets ready to import into
   * {@code tenant}, which holds nobody yet (open, migrate, create keys: not timed).
   */
  Loader open(StoreLocation store, Path keyFolder, String tenant) throws Exception;

  /** An opened import; closing it closes what {@link #open} opened (nothing, by default). */
  @FunctionalInterface
  interface Loader extends AutoCloseable {
    /**
     * Imports every person of {@code csv} (UTF-8, the columns {@code mamori generate persons}
     * writes) as {@code mamori import persons} would: parsed, validated, encrypted, indexed and
     * logged, and durable on return. Timed. {@code progress} hears the persons imported so far,
     * from any one thread. Returns how many were imported.
     */
    long load(Path csv, LongConsumer progress) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Mamori's own import, as {@code mamori import persons} runs it. */
  ImportRun VAULT =
      (store, keyFolder, tenant) -> {
        VaultSession session = VaultSession.open(store, keyFolder);
        session.keys.fieldAead(
            tenant); // the tenant's keysets and log exist before the clock starts
        session.keys.indexPrf(tenant);
        session.keys.tokenPrf(tenant);
        session.logs.forTenant(tenant);
        var actor =
            new mamori.vault.Actor(
                new UserId("mamori-bench"),
                new OrganisationId(tenant),
                java.util.List.of(),
                new Why("resident-register", "bench-import"));
        return new Loader() {
          @Override
          public long load(Path csv, LongConsumer progress) throws Exception {
            try (var reader =
                    mamori.vault.PersonCsvReader.open(
                        csv, mamori.vault.PersonCsvReader.Options.defaults());
                var rejects = mamori.vault.RejectsFile.forInput(csv)) {
              var s =
                  PersonImport.run(
                      session.vault,
                      tenant,
                      actor,
                      reader,
                      rejects,
                      (bytes, rows) -> progress.accept(rows));
              if (s.rejected() > 0) {
                throw new IllegalStateException(s.rejected() + " generated rows were rejected");
              }
              return s.imported();
            }
          }

          @Override
          public void close() {
            session.close();
          }
        };
      };
}
