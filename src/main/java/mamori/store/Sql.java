package mamori.store;

import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.core.NestedRuntimeException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the modules' SQL shares. Statements are written with Spring's {@code JdbcClient}; this class
 * adds the two things it leaves to the caller: telling a store failure in the module's own words
 * (followed by the driver's message, which names no bound value), and running several statements as
 * one transaction of a data source. Raw JDBC is kept only for bulk paths (binary COPY, batches),
 * each with a comment saying so.
 */
public final class Sql {
  private Sql() {}

  /**
   * Runs {@code work}; when the store fails, throws {@link IllegalStateException} with the message
   * {@code failure + ": " +} the driver's message, and the store's error as its cause.
   */
  public static <T> T run(String failure, Supplier<T> work) {
    return run(failure, IllegalStateException::new, work);
  }

  /**
   * As {@link #run(String, Supplier)}, throwing the module's own exception, made by {@code error}
   * from the message and the store's error.
   */
  public static <T> T run(
      String failure,
      BiFunction<String, Throwable, ? extends RuntimeException> error,
      Supplier<T> work) {
    try {
      return work.get();
    } catch (DataAccessException | TransactionException e) {
      throw error.apply(failure + ": " + reason(e), e);
    }
  }

  /** As {@link #run(String, Supplier)}, for work that returns nothing. */
  public static void run(String failure, Runnable work) {
    run(
        failure,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * The driver's own message of a store failure (a {@link DataAccessException} or a failed {@link
   * TransactionException begin or commit}), without the statement Spring adds to it.
   */
  public static String reason(NestedRuntimeException e) {
    String message = e.getMostSpecificCause().getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /**
   * Runs {@code work} in one transaction of {@code dataSource}: the {@code JdbcClient} statements
   * it makes on that data source commit together, or roll back together when it throws.
   */
  public static <T> T inTransaction(DataSource dataSource, Supplier<T> work) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource))
        .execute(status -> work.get());
  }
}
