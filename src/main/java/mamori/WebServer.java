package mamori;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import mamori.store.StoreLocation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the Spring web service on 127.0.0.1 and blocks until it is stopped (Ctrl-C closes the
 * context through Spring's shutdown hook, which lets requests in flight finish).
 */
public final class WebServer {
  private WebServer() {}

  /** Starts the service; returns the running context, whose port is known once this returns. */
  public static ConfigurableApplicationContext start(StoreLocation store, int port) {
    return start(store, port, new String[0]);
  }

  /**
   * Starts the service with more {@code --name=value} settings (e.g. the key folder's {@code
   * --mamori.data}).
   */
  public static ConfigurableApplicationContext start(
      StoreLocation store, int port, String... more) {
    return start(store, port, List.of(), more);
  }

  /**
   * Starts the service with more Spring sources beside {@link MamoriApplication} (classes its
   * component scan does not find, such as a benchmark's own route) and more settings.
   */
  public static ConfigurableApplicationContext start(
      StoreLocation store, int port, List<Class<?>> sources, String... more) {
    // given as arguments, so that they win over application.properties
    String where =
        switch (store) {
          case StoreLocation.Embedded e -> "--mamori.data=" + e.folder();
          case StoreLocation.Server s -> "--mamori.db=" + s.jdbcUrl();
        };
    Class<?>[] all =
        Stream.concat(Stream.of(MamoriApplication.class), sources.stream())
            .toArray(Class<?>[]::new);
    return new SpringApplicationBuilder(all)
        .logStartupInfo(false)
        .run(
            Stream.concat(Stream.of("--server.port=" + port, where), Arrays.stream(more))
                .toArray(String[]::new));
  }

  public static int port(ConfigurableApplicationContext context) {
    return Objects.requireNonNull(
            ((WebServerApplicationContext) context).getWebServer(), "no web server was started")
        .getPort();
  }

  /** The management port (health and metrics), when the service runs one. */
  public static java.util.Optional<Integer> managementPort(ConfigurableApplicationContext context) {
    return java.util.Optional.ofNullable(
            context.getEnvironment().getProperty("local.management.port", Integer.class))
        .filter(p -> p > 0);
  }

  /** Prints where to go, then waits until the service stops. */
  public static void serveUntilStopped(
      ConfigurableApplicationContext context, StoreLocation store, PrintWriter out)
      throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(e -> {
      if (e instanceof ContextClosedEvent) {
        closed.countDown();
      }
    });
    String scheme =
        context.getEnvironment().containsProperty("server.ssl.bundle") ? "https" : "http";
    out.printf(
        "Mamori %s is serving on %s://127.0.0.1:%d/%n",
        MamoriApplication.version(), scheme, port(context));
    out.printf(
        "Staff and contractors: %s://localhost:%d/signin  Residents: %s://localhost:%d/portal%n",
        scheme, port(context), scheme, port(context));
    out.printf("Store: %s%n", store);
    managementPort(context)
        .ifPresent(m ->
            out.printf(
                "Health and metrics: http://127.0.0.1:%d/actuator/prometheus (this host only);"
                    + " /livez and /readyz on the main port%n",
                m));
    out.println("Press Ctrl-C to stop.");
    out.flush();
    closed.await();
    out.println("Mamori stopped.");
    out.flush();
  }
}
