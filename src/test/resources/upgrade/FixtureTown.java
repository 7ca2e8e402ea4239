package mamori.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import mamori.WebServer;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;

/*
 * Compiled and run by make-fixture.sh against a RELEASED jar (never with the current sources): the
 * demo town as `mamori demo` of that release sets it up, through the same services in the same order,
 * with two differences that keep a fixture small and the store chosen: it runs on either store (the
 * release's demo runs on SQLite only), and it leaves out the data-entry job, whose 200 scanned slips
 * would make the database tens of MB. The keys are made in DATA/keys, where the demo's witnesses read
 * the log's key; the script moves them out of the data folder once the service stopped.
 * Arguments: sqlite DATA | postgresql JDBC-URL DATA, then PERSONS PORT. It serves until stopped.
 */
final class FixtureTown {
  public static void main(String[] args) throws Exception {
    int i = 0;
    String kind = args[i++];
    StoreLocation location =
        kind.equals("sqlite")
            ? new StoreLocation.Embedded(Path.of(args[i]))
            : new StoreLocation.Server(args[i++]);
    // a store of the release's kind only: a typo must not make a fixture of the wrong store
    if (!kind.equals("sqlite") && !kind.equals("postgresql")) {
      throw new IllegalArgumentException("sqlite or postgresql, not " + kind);
    }
    Path data = Path.of(args[i++]);
    int persons = Integer.parseInt(args[i++]);
    int port = Integer.parseInt(args[i]);
    PrintWriter err = new PrintWriter(System.err, true);
    Clock clock = ClockConfiguration.systemClock();
    long generated = DemoTown.prepare(data, persons, err);
    DemoWitnesses witnesses = DemoWitnesses.start(data, clock);
    // on PostgreSQL the data folder still holds the keys, the witnesses and the credentials file;
    // on SQLite the service is told it once, by the location (twice would make a list of two)
    java.util.List<String> settings =
        new java.util.ArrayList<>(
            java.util.List.of(witnesses.setting(), "--mamori.log.witness-quorum=2"));
    if (location instanceof StoreLocation.Server) {
      settings.add("--mamori.data=" + data);
    }
    var context = WebServer.start(location, port, settings.toArray(String[]::new));
    DemoStory demo = DemoStory.found(context, clock);
    if (generated > 0) {
      DemoTown.recordGeneration(context.getBean(TransparencyLogs.class), generated, clock);
    }
    DemoTown.importResidents(context.getBean(mamori.vault.Vault.class), data, err);
    DemoStory.Seeded story = demo.seed();
    Path file =
        DemoCredentials.ensure(
            data,
            context.getBean(mamori.identity.ApiTokens.class),
            context.getBean(mamori.identity.Credentials.class),
            context.getBean(mamori.tenancy.Enrolments.class),
            demo,
            context.getBean(TransparencyLogs.class),
            story,
            clock,
            () -> DemoStory.letter(context));
    DemoRetention.ensure(context, demo, err);
    err.printf("Fixture town: credentials in %s%n", file);
    WebServer.serveUntilStopped(context, location, new PrintWriter(System.out, true));
    witnesses.close();
  }
}
