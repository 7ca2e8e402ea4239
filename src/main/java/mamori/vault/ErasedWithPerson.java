package mamori.vault;

/**
 * What another module keeps of a person outside the vault's tables, shredded when the vault erases
 * that person (promise 7). The vault depends on no module that keeps such data; each of them gives
 * the vault one of these, and {@link Vault#erase} runs every one inside its erasure transaction.
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
}
