package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSignature;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** TenantLog.storeCosigned adds signatures to a stored checkpoint and refuses to change what was signed. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class StoreCosignedTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  TenantLog log;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs = new TransparencyLogs(store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", Clock.systemUTC());
    log = logs.forTenant("demo-city");
    log.append(TenantLogTest.record(1));
    log.append(TenantLogTest.record(2));
    await().atMost(Duration.ofSeconds(5)).until(() -> log.checkpoint().isPresent());
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  @Test
  void aNoteWithAnAddedCosignature_isStoredAsTheLatestCheckpoint() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    Note cosigned = note.withSignature(new NoteSignature("witness.example/w1", 42, new byte[72]));
    log.storeCosigned(size, cosigned.toString());
    assertThat(log.checkpoint()).hasValue(cosigned.toString());
  }

  @Test
  void aNoteOfAnotherCheckpoint_orNoNoteAtAll_isRefused() throws Exception {
    Note note = Note.parse(log.checkpoint().orElseThrow());
    long size = Checkpoint.parse(note.text()).size();
    String other = new Checkpoint("test.example/log/demo-city", size, new byte[32]).text();
    Note forged = Note.of(other, note.signatures());
    assertThatThrownBy(() -> log.storeCosigned(size, forged.toString())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.storeCosigned(size - 1, note.toString())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> log.storeCosigned(size, "not a note")).isInstanceOf(IllegalArgumentException.class);
    assertThat(log.checkpoint()).hasValue(note.toString());
  }
}
