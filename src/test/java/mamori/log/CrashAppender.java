package mamori.log;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Rfc6962;
import mamori.store.Store;
import mamori.store.StoreLocation;

/**
 * The child process of {@link LogCrashTest}: appends as fast as 32 threads can, and prints each
 * acknowledged append ({@code ack INDEX LEAFHASH}) and each signed checkpoint ({@code cp
 * BASE64NOTE}) until it is killed.
 */
public final class CrashAppender {
  public static void main(String[] args) throws Exception {
    StoreLocation where =
        args[0].startsWith("jdbc:")
            ? new StoreLocation.Server(args[0])
            : new StoreLocation.Embedded(Path.of(args[0]));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Store store = Store.open(where);
    TransparencyLogs logs =
        new TransparencyLogs(
            store.dataSource(),
            SigningKeys.in(Path.of(args[1])),
            "test.example/log",
            Clock.systemUTC());
    TenantLog log = logs.forTenant("crash-city");
    log.onCheckpoint(note ->
        print(
            out,
            "cp " + Base64.getEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8))));
    print(out, "ready");
    for (int t = 0; t < 32; t++) {
      int thread = t;
      Thread.ofVirtual()
          .start(() -> {
            for (int i = 0; ; i++) {
              AccessRecord r =
                  TestRecords.read(
                      "u-" + thread,
                      "entry-co",
                      List.of(),
                      new Why("resident-tax", "c-" + i),
                      "T-" + thread + "-" + i,
                      Set.of(Field.FAMILY_NAME),
                      Instant.now());
              byte[] entry = AccessRecordCodec.encode(r);
              long index = Appender.await(log.appendAsync(entry));
              print(out, "ack " + index + " " + HexFormat.of().formatHex(Rfc6962.leafHash(entry)));
            }
          });
    }
    Thread.sleep(Long.MAX_VALUE);
  }

  private static synchronized void print(PrintStream out, String line) {
    out.println(line);
    out.flush();
  }
}
