package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.MamoriApplication;
import mamori.backup.Backups;
import mamori.backup.Manifest;
import mamori.store.ClockConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori backup}: a consistent snapshot of the store while the service runs. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Takes a consistent snapshot of the store while the service keeps running and writing",
      "(SQLite: VACUUM INTO; PostgreSQL: pg_dump of the store's schema in one snapshot) into a",
      "new or empty folder, with manifest.json: the format, versions, each tenant's log size and",
      "newest checkpoint in the snapshot, row counts and the SHA-256 of every file. The keys are",
      "never in it (back them up with 'mamori keys backup'). Progress on stderr."
    })
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The backup folder: new or empty, never inside the key folder.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Manifest m =
        Backups.take(
            new Backups.Request(
                store.location(),
                out,
                store.dataFolder(),
                store.keyFolder(),
                MamoriApplication.version()),
            line -> {
              err.println(line);
              err.flush();
            },
            ClockConfiguration.systemClock());
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "backup of %s (schema version %s) taken %s into %s%n",
        store.location(),
        m.schemaVersion(),
        m.takenAt(),
        out);
    m.tenants().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e ->
            o.printf(
                Locale.ROOT,
                "  log %s: %,d entries, newest checkpoint at size %,d%n",
                e.getKey(),
                e.getValue().size(),
                e.getValue().checkpointSize()));
    o.printf(
        Locale.ROOT,
        "  %,d persons, %,d users, %,d incidents; %d file(s) hashed in %s%n",
        m.counts().getOrDefault("person", 0L),
        m.counts().getOrDefault("app_user", 0L),
        m.counts().getOrDefault("incident", 0L),
        m.files().size(),
        Manifest.FILE_NAME);
    o.println("the keys are not in this backup: keep 'mamori keys backup' apart from it");
    o.flush();
    return 0;
  }
}
