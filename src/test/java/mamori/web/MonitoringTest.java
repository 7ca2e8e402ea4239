package mamori.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MonitoringTest {
  @Test
  void managementOnTheMainPort_isRefusedAtStart() {
    var same = new MockEnvironment().withProperty("server.port", "8443");
    same.setProperty("management.server.port", "8443");
    assertThatThrownBy(() -> new Monitoring(same))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("management.server.port (8443)")
        .hasMessageContaining("server.port (8443)");
  }

  @Test
  void managementPortUnset_isRefusedAtStart() {
    // unset, Actuator would serve beside the pages
    assertThatThrownBy(
            () -> new Monitoring(new MockEnvironment().withProperty("server.port", "8080")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unset");
  }

  @Test
  void anotherPort_aFreeOne_orNone_start() {
    for (String port : new String[] {"8081", "0", "-1"}) {
      var env = new MockEnvironment().withProperty("server.port", "8080");
      env.setProperty("management.server.port", port);
      assertThatCode(() -> new Monitoring(env)).as(port).doesNotThrowAnyException();
    }
    var bothFree = new MockEnvironment().withProperty("server.port", "0");
    bothFree.setProperty("management.server.port", "0");
    assertThatCode(() -> new Monitoring(bothFree)).doesNotThrowAnyException();
  }
}
