package mamori.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/*
 * Design. When the PostgreSQL primary is lost, the pool's connections die with it and the pool opens
 * new ones. Hikari does that on one thread that, after each failed attempt, sleeps 10 ms, then 20,
 * 40, ... up to 5 s before the next: after a failover of ten seconds it sleeps 5 s between
 * attempts, so the service stays without a connection for up to 5 s after the new primary is
 * reachable (measured: 5.0 s between HAProxy routing to the promoted server and the first read
 * answered, FailoverIT). This source makes one attempt of the pool's last up to RETRY_FOR, trying
 * again every RETRY_STEP while the server cannot be reached (a connection error, SQLSTATE class 08,
 * or a server starting up or shutting down, 57P01 to 57P03); so few attempts fail that the pool's
 * sleeps stay short, and a connection is made within RETRY_STEP of the server coming back. Any
 * other error (a wrong password, an unknown database) fails at once.
 */
/** PostgreSQL connections through the driver, each attempt tried again for a while (see above). */
final class ReconnectingDataSource implements DataSource {
  static final Duration RETRY_FOR = Duration.ofSeconds(4);
  static final Duration RETRY_STEP = Duration.ofMillis(100);

  private final String url;
  private @Nullable PrintWriter logWriter;
  private volatile int loginTimeout; // seconds, 0 for the driver's default; this source's own

  ReconnectingDataSource(String url) {
    this.url = url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    long deadline = System.nanoTime() + RETRY_FOR.toNanos();
    while (true) {
      try {
        java.util.Properties p = new java.util.Properties();
        if (loginTimeout > 0) {
          p.setProperty("loginTimeout", Integer.toString(loginTimeout));
        }
        return DriverManager.getConnection(url, p);
      } catch (SQLException e) {
        if (!unreachable(e) || System.nanoTime() + RETRY_STEP.toNanos() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(RETRY_STEP);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while connecting", "08001", e);
      }
    }
  }

  /**
   * Whether {@code e} says the server cannot be reached now, rather than that the request is wrong.
   */
  static boolean unreachable(SQLException e) {
    String state = e.getSQLState();
    return state == null
        || state.startsWith("08")
        || state.equals("57P01")
        || state.equals("57P02")
        || state.equals("57P03");
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the user and password are in the JDBC URL");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(@Nullable PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper of " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
