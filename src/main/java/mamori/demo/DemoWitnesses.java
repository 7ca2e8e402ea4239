package mamori.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mamori.crypto.KeyPlacement;
import mamori.crypto.SigningKeys;
import mamori.log.TransparencyLogs;
import mamori.log.verify.VerifierKey;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.witness.Witness;
import mamori.witness.WitnessEndpoint;
import mamori.witness.WitnessServer;

/**
 * The demo town's two witnesses, so that the demo runs witnessed as a city should: "the PPC"
 * ({@value #PPC}) and "a neighbouring city" ({@value #NEIGHBOUR}). Each is a {@link Witness} of its
 * own, with its own key and its own embedded store under {@code <data>/witnesses/<name>/}, served
 * by its own {@link WitnessServer} on a free port of 127.0.0.1 in this process: the same code a
 * neighbouring city runs as {@code mamori witness}, only started by the demo. They follow the demo
 * city's log, whose keys are made here if the log has none yet (the same keys the service then
 * signs with).
 */
public final class DemoWitnesses implements AutoCloseable {
  /** The name of the witness played by the Personal Information Protection Commission. */
  public static final String PPC = "ppc.example/witness";

  /** The name of the witness played by a neighbouring city. */
  public static final String NEIGHBOUR = "neighbour-city.example/witness";

  /** The tenant whose checkpoints the witnesses cosign. */
  public static final String TENANT = DemoTown.TENANT;

  private final List<AutoCloseable> open;
  private final List<WitnessEndpoint> endpoints;

  private DemoWitnesses(List<AutoCloseable> open, List<WitnessEndpoint> endpoints) {
    this.open = open;
    this.endpoints = endpoints;
  }

  /**
   * Starts both witnesses of the demo town in {@code data}; its log's keys are read from (or made
   * in) the data folder's key folder.
   */
  public static DemoWitnesses start(Path data, Clock clock) throws IOException {
    List<VerifierKey> logKeys;
    try (Store town = Store.open(new StoreLocation.Embedded(data));
        TransparencyLogs logs =
            new TransparencyLogs(
                town.dataSource(),
                SigningKeys.in(KeyPlacement.folder(data, null)),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                clock)) {
      logKeys = logs.verifierKeys(TENANT);
    }
    List<AutoCloseable> open = new ArrayList<>();
    List<WitnessEndpoint> endpoints = new ArrayList<>();
    try {
      for (String name : List.of(PPC, NEIGHBOUR)) {
        Path home = data.resolve("witnesses").resolve(name.substring(0, name.indexOf('.')));
        Store store = Store.open(new StoreLocation.Embedded(home));
        open.add(store);
        Witness witness =
            Witness.create(
                store.dataSource(),
                Witness.cosigner(SigningKeys.in(home.resolve("keys")), name, clock),
                logKeys,
                clock);
        WitnessServer server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0));
        open.add(server);
        endpoints.add(new WitnessEndpoint(server.submissionPrefix(), witness.verifierKey()));
      }
    } catch (IOException | RuntimeException e) {
      close(open);
      throw e;
    }
    return new DemoWitnesses(open, List.copyOf(endpoints));
  }

  /** The witnesses as the service is told of them. */
  public List<WitnessEndpoint> endpoints() {
    return endpoints;
  }

  /**
   * The setting that sends the demo city's checkpoints to both: {@code --mamori.log.witnesses...}.
   */
  public String setting() {
    return "--mamori.log.witnesses."
        + TENANT
        + "="
        + String.join(",", endpoints.stream().map(WitnessEndpoint::toString).toList());
  }

  /** Stops the servers, then closes the stores. */
  @Override
  public void close() {
    close(open);
  }

  private static void close(List<AutoCloseable> open) {
    for (AutoCloseable c : open.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        // closing on the way out: nothing more to do for it
      }
    }
  }
}
