package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.crypto.AgencyToken;
import mamori.crypto.KeyException;
import mamori.crypto.TenantKeys;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The proof issue 19 asks for: copies of the store taken before an erasure (on PostgreSQL a {@code
 * pg_dump} and a copy of the data directory's bytes, the person and keyset tables' files and the
 * WAL written since the test began; on SQLite a copy of the database files) hold the erased
 * person's old data key and the old keyset rows, yet after the field key is retired (and with it
 * the root key generation) nothing in them opens with the current root key, while every live person
 * still reveals.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RetiredKeyBackupTest extends VaultTestBase {
  private static final Map<Field, Mask> NAME = Map.of(Field.FAMILY_NAME, Mask.NONE);
  private static final HexFormat HEX = HexFormat.of();

  @TempDir Path copies;

  @Test
  void afterRetirement_nothingInTheOldCopiesOpens_andTheLiveStillReveal() throws Exception {
    FileTime began = FileTime.fromMillis(System.currentTimeMillis() - 1_000);
    List<PersonData> persons = TestPersons.generate(20, 19);
    vault.register(TENANT, CLERK, persons);
    AgencyToken gone = vault.findByNumber(TENANT, persons.get(4).myNumber()).orElseThrow();
    Map<String, Object> row =
        store
            .jdbc()
            .sql("SELECT person_id, data_key FROM person WHERE tenant_id = ? AND token = ?")
            .params(TENANT, gone.value())
            .query()
            .singleRow();
    long goneId = ((Number) row.get("person_id")).longValue();
    byte[] goneKey = (byte[]) row.get("data_key");
    Map<String, byte[]> keysetsBefore = keysets();
    int old = keys.primaryFieldKeyId(TENANT);

    List<Path> copied = copyStore();
    String dump = kind == TestStores.Kind.POSTGRESQL ? pgDump() : "";

    // before the retirement the copies would open: the test can fail
    assertThat(opensToday("field", keysetsBefore.get("field"))).isTrue();
    keys.personKey(TENANT, goneId, goneKey);

    vault.erase(TENANT, gone, CLERK);
    KeyRotation rotation =
        new KeyRotation(store.dataSource(), keys, logs, Clock.systemUTC(), List.of(), List.of());
    rotation.othersSeeWithin(Duration.ZERO);
    rotation.rotate(TENANT, CLERK);
    rotation.retire(TENANT, Optional.of(old), CLERK, n -> {});

    // the copies are meaningful: they hold the erased person's old data key and the old keysets
    assertThat(contains(copied, goneKey)).as("the old data key in the copied files").isTrue();
    assertThat(contains(copied, keysetsBefore.get("field")))
        .as("the old field keyset row in the copied files")
        .isTrue();
    if (kind == TestStores.Kind.POSTGRESQL) {
      assertThat(dump).contains(HEX.formatHex(goneKey));
      Map<String, byte[]> dumped = keysetsIn(dump);
      assertThat(dumped).containsOnlyKeys("field", "index", "token");
      assertThat(dumped.get("field")).isEqualTo(keysetsBefore.get("field"));
      keysetsBefore = dumped;
    }
    // and nothing in them opens with the current root key and keysets
    for (var purpose : keysetsBefore.entrySet()) {
      assertThat(opensToday(purpose.getKey(), purpose.getValue()))
          .as("the old " + purpose.getKey() + " keyset row")
          .isFalse();
    }
    TenantKeys current = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
    assertThatThrownBy(() -> current.personKey(TENANT, goneId, goneKey))
        .isInstanceOf(KeyException.class);
    assertThat(
            store
                .jdbc()
                .sql("SELECT data_key FROM person WHERE person_id = ?")
                .params(goneId)
                .query()
                .singleRow()
                .get("data_key"))
        .isNull();
    for (int i = 0; i < persons.size(); i++) {
      if (i != 4) {
        AgencyToken live = vault.findByNumber(TENANT, persons.get(i).myNumber()).orElseThrow();
        assertThat(vault.reveal(TENANT, live, NAME, CLERK).get(Field.FAMILY_NAME))
            .contains(persons.get(i).familyName());
      }
    }
    if (kind == TestStores.Kind.POSTGRESQL) {
      assertThat(walSince(began)).as("WAL segments copied").isNotEmpty();
    }
  }

  /** The tenant's stored keyset rows by purpose. */
  private Map<String, byte[]> keysets() {
    Map<String, byte[]> rows = new java.util.TreeMap<>();
    store
        .jdbc()
        .sql("SELECT purpose, keyset FROM tenant_keyset WHERE tenant_id = ?")
        .params(TENANT)
        .query(rs -> {
          rows.put(rs.getString(1), rs.getBytes(2));
        });
    return rows;
  }

  /** Whether {@code keyset}, put in place of the stored one of {@code purpose}, opens today. */
  private boolean opensToday(String purpose, byte[] keyset) {
    byte[] now = keysets().get(purpose);
    set(purpose, keyset);
    try {
      TenantKeys fresh = new TenantKeys(store.dataSource(), root, Clock.systemUTC());
      switch (purpose) {
        case "field" -> fresh.fieldAead(TENANT);
        case "index" -> fresh.indexPrf(TENANT);
        default -> fresh.tokenPrf(TENANT);
      }
      return true;
    } catch (KeyException e) {
      return false;
    } finally {
      set(purpose, now);
    }
  }

  private void set(String purpose, byte[] keyset) {
    store
        .jdbc()
        .sql("UPDATE tenant_keyset SET keyset = ? WHERE tenant_id = ? AND purpose = ?")
        .params(keyset, TENANT, purpose)
        .update();
  }

  /**
   * The store's bytes as they are now: on SQLite every file of the data folder; on PostgreSQL,
   * after a checkpoint (so the pages are in the files), the files of the person and keyset tables
   * and the WAL segments written since the test began.
   */
  private List<Path> copyStore() throws IOException {
    List<Path> sources = new ArrayList<>();
    switch (location) {
      case StoreLocation.Embedded e -> {
        try (Stream<Path> files = Files.walk(e.folder())) {
          files.filter(Files::isRegularFile).forEach(sources::add);
        }
      }
      case StoreLocation.Server s -> {
        store.jdbc().sql("CHECKPOINT").update();
        Path data = Path.of(store.jdbc().sql("SHOW data_directory").query(String.class).single());
        assertThat(Files.isReadable(data))
            .as("the PostgreSQL data directory " + data + " is readable by this test")
            .isTrue();
        for (String table : List.of("person", "tenant_keyset")) {
          String file =
              store
                  .jdbc()
                  .sql("SELECT pg_relation_filepath(?::regclass)")
                  .params(table)
                  .query(String.class)
                  .single();
          sources.add(data.resolve(file));
        }
        sources.addAll(recentWal(data));
      }
    }
    List<Path> copied = new ArrayList<>();
    int n = 0;
    for (Path source : sources) {
      Path target = copies.resolve((n++) + "-" + source.getFileName());
      Files.copy(source, target);
      copied.add(target);
    }
    return copied;
  }

  private List<Path> walSince(FileTime since) throws IOException {
    Path data = Path.of(store.jdbc().sql("SHOW data_directory").query(String.class).single());
    try (Stream<Path> files = Files.list(data.resolve("pg_wal"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> modified(f).compareTo(since) >= 0)
          .toList();
    }
  }

  /** The WAL segments written in the last minute (this test's writes are among them). */
  private static List<Path> recentWal(Path data) throws IOException {
    FileTime since = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    try (Stream<Path> files = Files.list(data.resolve("pg_wal"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().matches("[0-9A-F]{24}"))
          .filter(f -> modified(f).compareTo(since) >= 0)
          .toList();
    }
  }

  private static FileTime modified(Path f) {
    try {
      return Files.getLastModifiedTime(f);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static boolean contains(List<Path> files, byte[] needle) throws IOException {
    String wanted = new String(needle, StandardCharsets.ISO_8859_1);
    for (Path f : files) {
      if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  /** {@code pg_dump} of this test's schema, as plain SQL. */
  private String pgDump() throws Exception {
    String url = ((StoreLocation.Server) location).jdbcUrl();
    String schema = url.replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
    Path out = copies.resolve("dump.sql");
    Process p =
        new ProcessBuilder(
                "pg_dump",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                "test",
                "-n",
                schema,
                "-f",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("pg_dump: " + said).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The tenant's keyset rows in a dump's COPY block of tenant_keyset, by purpose. */
  private static Map<String, byte[]> keysetsIn(String dump) {
    Map<String, byte[]> rows = new java.util.TreeMap<>();
    boolean in = false;
    List<String> columns = List.of();
    for (String line : dump.split("\n")) {
      if (line.startsWith("COPY ") && line.contains(".tenant_keyset ")) {
        in = true;
        columns = List.of(line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(",\\s*"));
        continue;
      }
      if (in && line.equals("\\.")) {
        break;
      }
      if (in) {
        String[] cells = line.split("\t");
        String hex = cells[columns.indexOf("keyset")];
        assertThat(hex).startsWith("\\\\x");
        rows.put(cells[columns.indexOf("purpose")], HEX.parseHex(hex.substring(3)));
      }
    }
    return rows;
  }
}
