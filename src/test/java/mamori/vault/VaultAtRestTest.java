package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mamori.core.Field;
import mamori.crypto.AgencyToken;
import mamori.number.InsecureNumberAccess;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a thief of the store finds: the raw SQLite files (database, write-ahead log and its index)
 * or a {@code pg_dump} of the schema, searched byte for byte, as plain UTF-8 and as the hex a dump
 * writes for binary columns. Failures name the person and field, never the value.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultAtRestTest extends VaultTestBase {

  @Test
  void aStoreCopyAfterRegistering1000Persons_holdsNoNameNumberAddressOrAccount() throws Exception {
    List<PersonData> batch = TestPersons.generate(1000, 21);
    vault.register(TENANT, CLERK, batch);
    Map<String, byte[]> secrets = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      PersonData p = batch.get(i);
      Map<String, String> values =
          Map.of(
              "my_number",
              p.myNumber().digits(InsecureNumberAccess.get()),
              "family_name",
              p.familyName(),
              "given_name",
              p.givenName(),
              "family_name_kana",
              p.familyNameKana(),
              "given_name_kana",
              p.givenNameKana(),
              "address",
              p.address(),
              "bank_account",
              p.bankAccount());
      values.forEach((field, value) -> {
        if (value.codePointCount(0, value.length())
            >= 2) { // a single character is too short to search
          secrets.put(
              "person " + p.myNumber().masked() + " " + field,
              value.getBytes(StandardCharsets.UTF_8));
        }
      });
    }
    assertThat(found(copyOfTheStore(), secrets)).isEmpty();
  }

  @Test
  void afterErasing_theStoreCopyHoldsNeitherTheWrappedKeyNorAnyCiphertextOfThePerson()
      throws Exception {
    List<PersonData> batch = TestPersons.generate(200, 22);
    vault.register(TENANT, CLERK, batch);
    PersonData p = batch.get(77);
    vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(p, "東京都新宿区西新宿2丁目8-1")));
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();

    Map<String, byte[]> secrets = new LinkedHashMap<>();
    secrets.put(
        "wrapped data key",
        store
            .jdbc()
            .sql("SELECT data_key FROM person WHERE token = ?")
            .param(token.value())
            .query(byte[].class)
            .single());
    addFields(
        secrets,
        "current",
        store
            .jdbc()
            .sql("SELECT fields FROM person WHERE token = ?")
            .param(token.value())
            .query(byte[].class)
            .single());
    addFields(
        secrets,
        "version 1",
        store.jdbc().sql("SELECT fields FROM person_version").query(byte[].class).single());
    assertThat(found(copyOfTheStore(), secrets))
        .hasSize(secrets.size()); // the search finds them before

    vault.erase(TENANT, token, CLERK);

    assertThat(found(copyOfTheStore(), secrets)).isEmpty();
    assertThat(
            store
                .jdbc()
                .sql(
                    "SELECT COUNT(*) FROM person WHERE token = ? AND data_key IS NULL AND fields IS NULL")
                .param(token.value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void afterErasingTheNumberOnly_theStoreCopyHoldsNoOldKeyNoOldCiphertextAndNoDigitsOfTheNumber()
      throws Exception {
    List<PersonData> batch = TestPersons.generate(200, 23);
    vault.register(TENANT, CLERK, batch);
    PersonData p = batch.get(41);
    vault.register(TENANT, CLERK, List.of(TestPersons.withAddress(p, "東京都新宿区西新宿2丁目8-1")));
    AgencyToken token = vault.findByNumber(TENANT, p.myNumber()).orElseThrow();
    String digits = p.myNumber().digits(InsecureNumberAccess.get());
    vault.attachDocument(
        TENANT,
        token,
        7,
        "job-1",
        "withholding-slip",
        ("{\"payee_number\":\"" + digits + "\",\"payment_amount\":\"3200000\"}")
            .getBytes(StandardCharsets.UTF_8),
        () -> {});

    Map<String, byte[]> secrets = new LinkedHashMap<>();
    secrets.put(
        "wrapped data key",
        store
            .jdbc()
            .sql("SELECT data_key FROM person WHERE token = ?")
            .param(token.value())
            .query(byte[].class)
            .single());
    addFields(
        secrets,
        "current",
        store
            .jdbc()
            .sql("SELECT fields FROM person WHERE token = ?")
            .param(token.value())
            .query(byte[].class)
            .single());
    addFields(
        secrets,
        "version 1",
        store.jdbc().sql("SELECT fields FROM person_version").query(byte[].class).single());
    secrets.put(
        "document",
        store.jdbc().sql("SELECT fields FROM person_document").query(byte[].class).single());
    assertThat(found(copyOfTheStore(), secrets)).hasSize(secrets.size());

    vault.eraseAll(
        TENANT,
        List.of(new BulkErasure.Item(vault.personId(TENANT, token), BulkErasure.What.NUMBER)),
        CLERK);

    // the digits as text (never stored in the clear in the first place), and the number's own
    // ciphertexts and every other old ciphertext, sealed under the old key, are gone
    secrets.put("the number's digits", digits.getBytes(StandardCharsets.UTF_8));
    assertThat(found(copyOfTheStore(), secrets)).isEmpty();
    assertThat(
            vault
                .reveal(TENANT, token, Map.of(Field.GIVEN_NAME, mamori.core.Mask.NONE), CLERK)
                .get(Field.GIVEN_NAME))
        .contains(p.givenName());
  }

  private static void addFields(Map<String, byte[]> secrets, String which, byte[] column) {
    byte[][] sealed = PersonCodec.unframe(column);
    for (Field f : Field.values()) {
      secrets.put(which + " " + f.column() + " ciphertext", sealed[f.ordinal()]);
    }
  }

  /** The names of the secrets found in {@code copy}, as raw bytes or as lower-case hex. */
  private static List<String> found(byte[] copy, Map<String, byte[]> secrets) {
    String asLatin1 = new String(copy, StandardCharsets.ISO_8859_1);
    List<String> found = new ArrayList<>();
    secrets.forEach((name, bytes) -> {
      if (asLatin1.contains(new String(bytes, StandardCharsets.ISO_8859_1))
          || asLatin1.contains(HexFormat.of().formatHex(bytes))) {
        found.add(name);
      }
    });
    return found;
  }

  /** Every byte of the SQLite files, or the plain-text pg_dump of the test's schema. */
  private byte[] copyOfTheStore() throws IOException, InterruptedException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    switch (location) {
      case StoreLocation.Embedded e -> {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
          Path file = Path.of(e.database() + suffix);
          if (Files.exists(file)) {
            all.writeBytes(Files.readAllBytes(file));
          }
        }
      }
      case StoreLocation.Server s -> {
        URI uri = URI.create(TestStores.PG_URL.substring("jdbc:".length()));
        String schema = s.jdbcUrl().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        String user = uri.getQuery().replaceAll(".*user=([^&]+).*", "$1");
        Process dump =
            new ProcessBuilder(
                    "/usr/bin/pg_dump",
                    "-h",
                    uri.getHost(),
                    "-p",
                    String.valueOf(uri.getPort()),
                    "-U",
                    user,
                    "-n",
                    schema,
                    uri.getPath().substring(1))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        all.writeBytes(dump.getInputStream().readAllBytes());
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dump.exitValue()).isZero();
        assertThat(all.toString(StandardCharsets.UTF_8)).contains("COPY " + schema + ".person ");
      }
    }
    return all.toByteArray();
  }
}
