package mamori.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import mamori.crypto.SigningKeys;
import mamori.log.verify.VerifierKey;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.witness.Witness;
import mamori.witness.WitnessServer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori witness}: a standalone C2SP tlog-witness for other bodies' logs, on the JDK's HTTP
 * server without the web app, so that a neighbouring city or a citizens' group can run it alone.
 * Its key is {@code <data>/keys/witness.ed25519.key}, made on first use; its state lives in the
 * store.
 */
@Command(
    name = "witness",
    mixinStandardHelpOptions = true,
    subcommands = WitnessCommand.Vkey.class,
    description =
        "Runs a C2SP tlog-witness on 127.0.0.1 that cosigns the given logs' checkpoints, until Ctrl-C.")
final class WitnessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7380",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--log",
      paramLabel = "VKEY",
      description =
          "A verifier key of a log to witness (C2SP vkey; its name is the log's origin)."
              + " Repeat for more keys and logs.")
  List<String> logs = new ArrayList<>();

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = Witness.DEFAULT_NAME,
      description =
          "The witness's name in its cosignatures and vkey (default: ${DEFAULT-VALUE});"
              + " keep it the same across runs.")
  String name;

  @Override
  public Integer call() throws Exception {
    ServeCommand.checkPort(spec, port);
    List<VerifierKey> keys = logKeys(spec, logs);
    checkName(spec, name);
    StoreLocation location = store.location();
    Clock clock = ClockConfiguration.systemClock();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // Ctrl-C: the hook lets this thread close the server and the store, and waits for it to finish
    Thread hook =
        new Thread(() -> {
          stopped.countDown();
          try {
            closed.await(5, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    try (Store opened = Store.open(location)) {
      var cosigner = Witness.cosigner(SigningKeys.in(keyFolder(store.data)), name, clock);
      Witness witness = Witness.create(opened.dataSource(), cosigner, keys, clock);
      try (WitnessServer server = listen(witness, port)) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Mamori witness %s%n", witness.verifierKey());
        out.printf("Serving add-checkpoint at %s/add-checkpoint%n", server.submissionPrefix());
        witness.origins().stream().sorted().forEach(o -> out.printf("Witnessing %s%n", o));
        out.printf("Store: %s%nPress Ctrl-C to stop.%n", location);
        out.flush();
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private static WitnessServer listen(Witness witness, int port) throws java.io.IOException {
    // the JDK server's documented limits (module jdk.httpserver): a client that sends or reads a
    // request slowly holds one of the witness's request slots for at most this many seconds
    System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "30");
    System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "30");
    try {
      return WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", port));
    } catch (java.net.BindException e) {
      throw new java.io.IOException("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  /** The key folder: {@code keys} in the data folder, also when the state is on PostgreSQL. */
  static Path keyFolder(@Nullable Path data) {
    return (data == null ? StoreLocation.DEFAULT_DATA : data).resolve("keys");
  }

  static List<VerifierKey> logKeys(CommandSpec spec, List<String> vkeys) {
    if (vkeys.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "Missing --log <vkey>: name at least one log to witness");
    }
    List<VerifierKey> keys = new ArrayList<>();
    for (String vkey : vkeys) {
      try {
        VerifierKey key = VerifierKey.parse(vkey);
        Witness.checkName(key.name());
        keys.add(key);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--log " + vkey + ": " + e.getMessage());
      }
    }
    return keys;
  }

  static void checkName(CommandSpec spec, String name) {
    try {
      Witness.checkName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--name: " + e.getMessage());
    }
  }

  /**
   * {@code mamori witness vkey}: prints the witness's verifier key, making its key pair on first
   * use.
   */
  @Command(
      name = "vkey",
      mixinStandardHelpOptions = true,
      description =
          "Prints the witness's verifier key (C2SP vkey, cosignature/v1) for logs to configure.")
  static final class Vkey implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "mamori-data",
        description =
            "Data folder whose keys/ holds the witness key (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        defaultValue = Witness.DEFAULT_NAME,
        description = "The witness's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() {
      checkName(spec, name);
      var cosigner =
          Witness.cosigner(SigningKeys.in(keyFolder(data)), name, ClockConfiguration.systemClock());
      spec.commandLine().getOut().println(cosigner.verifierKey());
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
