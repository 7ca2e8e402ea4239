package mamori.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A standalone witness on the JDK's own HTTP server, for {@code mamori witness}: a small process
 * that another body (a neighbouring city, a citizens' group) can run without the Mamori web app. It
 * serves {@code POST /witness/add-checkpoint} and nothing else; requests run on virtual threads and
 * {@link Witness} bounds how many are at work. Put an HTTPS proxy in front of it on the Internet.
 */
public final class WitnessServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WitnessServer.class);

  private final HttpServer server;
  private final ExecutorService executor;

  private WitnessServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving {@code witness} on {@code address} (port 0 picks a free one). */
  public static WitnessServer start(Witness witness, InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 128);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", exchange -> handle(witness, exchange));
    server.start();
    return new WitnessServer(server, executor);
  }

  /** The port served. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The submission prefix clients post {@code add-checkpoint} under, e.g. {@code
   * http://127.0.0.1:7380/witness}.
   */
  public URI submissionPrefix() {
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port() + "/witness");
  }

  private static void handle(Witness witness, HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      WitnessAnswer answer;
      if (!exchange.getRequestURI().getRawPath().equals(Witness.ADD_CHECKPOINT_PATH)) {
        answer = WitnessAnswer.error(404, "not found");
      } else if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        answer = WitnessAnswer.error(405, "add-checkpoint takes POST");
      } else {
        answer = witness.addCheckpoint(body);
      }
      byte[] bytes = answer.bytes();
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("witness request failed: {}", e.toString());
      throw e;
    }
  }

  /** Stops accepting requests, lets those in flight finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    executor.close();
  }
}
