package mamori.vault;

/**
 * What another module keeps of a person outside the vault's tables, shredded when the vault erases
 * that person (promise 7), whole or number only: what it keeps (a scanned page) shows the number
 * and cannot be masked. The vault depends on no module that keeps such data; each of them gives the
 * vault one of these, and {@link Vault#erase} and {@link Vault#eraseAll} run every one inside their
 * erasure transaction.
 */
@FunctionalInterface
public interface ErasedWithPerson {
  /**
   * Shreds what is kept of the person with vault id {@code personId} of {@code tenant}. Runs inside
   * the vault's erasure transaction on the vault's data source: {@code JdbcClient} statements on
   * that data source commit with the erasure, or roll back with it when anything throws (nothing is
   * then erased). Finding nothing kept of the person is not an error.
   */
  void erase(String tenant, long personId);

  /**
   * Shreds what is kept of each of {@code personIds} (distinct), as {@link #erase} does for one, in
   * the same transaction. The default calls {@link #erase} for each; a module whose data a
   * retention run may meet for thousands of persons at once overrides it with statements over the
   * whole batch.
   */
  default void eraseAll(String tenant, long[] personIds) {
    for (long id : personIds) {
      erase(tenant, id);
    }
  }
}
