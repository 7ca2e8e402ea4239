package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A connection attempt is tried again while the server cannot be reached, and only then. */
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class ReconnectingDataSourceTest {
  @Test
  void aServerThatDoesNotAnswer_isTriedAgainForAWhile_thenTheErrorIsThrown() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    var ds =
        new ReconnectingDataSource("jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres");
    long start = System.nanoTime();
    assertThatThrownBy(ds::getConnection)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
    assertThat((System.nanoTime() - start) / 1e9)
        .isGreaterThan(ReconnectingDataSource.RETRY_FOR.toSeconds() - 0.5);
  }

  @Test
  void aWrongRequest_failsAtOnce() {
    var ds =
        new ReconnectingDataSource(
            TestStores.PG_URL.replace("/test?", "/mamori_no_such_database?"));
    long start = System.nanoTime();
    assertThatThrownBy(ds::getConnection)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("3D000"));
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
  }

  @Test
  void aReachableServer_connects() throws Exception {
    try (var c = new ReconnectingDataSource(TestStores.PG_URL).getConnection()) {
      assertThat(c.isValid(2)).isTrue();
    }
  }

  @Test
  void connectionErrorsAndAServerStartingOrStopping_areUnreachable_othersAreNot() {
    assertThat(ReconnectingDataSource.unreachable(new SQLException("x", "08006"))).isTrue();
    assertThat(ReconnectingDataSource.unreachable(new SQLException("x", "57P03"))).isTrue();
    assertThat(ReconnectingDataSource.unreachable(new SQLException("x", "57P01"))).isTrue();
    assertThat(ReconnectingDataSource.unreachable(new SQLException("x", "28P01"))).isFalse();
    assertThat(ReconnectingDataSource.unreachable(new SQLException("x", "3D000"))).isFalse();
  }
}
