package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mamori.access.AccessGate;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.log.TenantLog;
import mamori.log.WitnessPolicy;
import mamori.log.verify.NoteSigner;
import mamori.portal.ResidentLetters;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.witness.CheckpointWitnessing;
import mamori.witness.Witness;
import mamori.witness.WitnessEndpoint;
import mamori.witness.WitnessServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The resident's check against an operator who holds the log's key, in a real headless Chromium:
 * two witnesses (each with its own key and store, served on its own port) cosign the city's
 * checkpoints; the resident's check passes with both cosignatures and keeps the checkpoint. Then
 * the operator rewrites the resident's history and signs the rewritten tree with the log's own
 * keys, keeping the witnesses' old cosignature lines: the check fails, loudly and in Japanese.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalLogRewriteBrowserIT {
  ConsoleWorld c;
  final List<AutoCloseable> closing = new ArrayList<>();
  final List<StoreLocation> witnessStores = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE, false);
  }

  @AfterAll
  void stop() throws Exception {
    for (AutoCloseable a : closing.reversed()) {
      a.close();
    }
    c.close();
    witnessStores.forEach(TestStores::drop);
  }

  @Test
  void theResidentsCheck_passesWithTwoCosignatures_andFailsAfterARewriteWithTheLogKey()
      throws Exception {
    TenantLog log = c.log(ConsoleWorld.CITY);
    List<WitnessEndpoint> witnesses =
        List.of(witness("ppc.example/witness"), witness("neighbour.example/witness"));
    closing.add(CheckpointWitnessing.attach(log, witnesses));
    // the service's policy, as ConfiguredWitnessing sets it from mamori.log.witnesses.<tenant> and
    // mamori.log.witness-quorum at start: both witnesses must cosign
    log.publishWhen(new WitnessPolicy(witnesses.stream().map(WitnessEndpoint::key).toList(), 2));

    AccessGate gate = c.w.context.getBean(AccessGate.class);
    Why why = new Why(ConsoleWorld.PURPOSE, "2026-0077");
    Principal operator = c.principal("con-operator");
    AgencyToken theirs = gate.persons(operator, why, 1).getFirst();
    gate.read(operator, theirs, why, Map.of(Field.FAMILY_NAME, Mask.NONE));
    String person = c.last(ConsoleWorld.CITY).personToken();
    ResidentLetters.Letter letter =
        c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, person);

    try (Chromium browser = new Chromium("http://localhost:" + c.w.port, "ja")) {
      browser.addPasskeyAuthenticator();
      browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
      browser.type("#letter", letter.letterNumber());
      browser.type("#code", letter.code());
      browser.submit("#activate");
      browser.type("#label", "わたしのスマートフォン");
      browser.submit("#passkey-register");
      assertThat(browser.path()).isEqualTo("/portal/history");

      // once the latest checkpoint is cosigned by both, the page shows it
      awaitCosigned(log);
      browser.open("/portal/history");
      WebElement table = browser.find("#history");
      assertThat(table.getAttribute("data-quorum")).isEqualTo("2");
      assertThat(table.getAttribute("data-witnesses")).contains("ppc.example/witness");
      assertThat(cosignatureLines(table.getAttribute("data-checkpoint"))).isEqualTo(2);
      WebElement row =
          table.findElements(By.cssSelector("tbody tr td.verify button")).stream()
              .findFirst()
              .orElseThrow()
              .findElement(By.xpath("./ancestor::tr"));
      assertThat(check(browser, row)).startsWith("確認できました");
      String origin = table.getAttribute("data-vkey").split("\\+")[0];
      Object kept =
          ((JavascriptExecutor) browser.driver)
              .executeScript(
                  "return localStorage.getItem(arguments[0])", "mamori.checkpoint." + origin);
      assertThat(String.valueOf(kept)).contains("\"size\"");
      assertThat(browser.driver.findElements(By.cssSelector("[role=alert]"))).isEmpty();
      browser.shot("40-history-cosigned");

      // the operator rewrites the resident's history and signs it with the log's own keys
      awaitCosigned(log);
      rewriteWithTheLogKey(log);
      browser.open("/portal/history");
      WebElement rewritten = browser.find("#history");
      WebElement again =
          rewritten.findElements(By.cssSelector("tbody tr td.verify button")).stream()
              .findFirst()
              .orElseThrow()
              .findElement(By.xpath("./ancestor::tr"));
      assertThat(check(browser, again)).startsWith("確認できませんでした").contains("証人の署名が足りません");
      WebElement alert = browser.find("[role=alert]");
      assertThat(alert.isDisplayed()).isTrue();
      assertThat(alert.getText()).contains("記録を確認できません", "証人の署名が足りません");
      Object stillKept =
          ((JavascriptExecutor) browser.driver)
              .executeScript(
                  "return localStorage.getItem(arguments[0])", "mamori.checkpoint." + origin);
      assertThat(stillKept).isEqualTo(kept);
      browser.shot("41-history-rewritten-refused");
    }
  }

  /** Presses the row's "確認" and answers the text the browser's own check writes beside it. */
  private static String check(Chromium browser, WebElement row) {
    row.findElement(By.cssSelector("td.verify button")).click();
    WebElement result = row.findElement(By.cssSelector("td.verify [aria-live]"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> !result.getText().isEmpty());
    return result.getText();
  }

  /** A witness of the city's log with its own key and store, on a free port. */
  private WitnessEndpoint witness(String name) throws Exception {
    StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
    witnessStores.add(location);
    Store store = Store.open(location);
    closing.add(store);
    Path keys = Files.createTempDirectory("mamori-witness");
    Witness witness =
        Witness.create(
            store.dataSource(),
            Witness.cosigner(SigningKeys.in(keys), name, Clock.systemUTC()),
            c.w.logs.verifierKeys(ConsoleWorld.CITY),
            Clock.systemUTC());
    WitnessServer server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0));
    closing.add(server);
    return new WitnessEndpoint(server.submissionPrefix(), witness.verifierKey());
  }

  /** Waits until the log's latest checkpoint covers every entry and carries both cosignatures. */
  private static void awaitCosigned(TenantLog log) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> {
          String note = log.checkpoint().orElse("");
          return !note.isEmpty()
              && Long.parseLong(note.split("\n")[1]) >= log.size()
              && cosignatureLines(note) == 2;
        });
  }

  /** The signature lines of a note beyond the log's own two (Ed25519 and ML-DSA-44). */
  private static int cosignatureLines(String note) {
    return (int) note.lines().filter(l -> l.startsWith("\u2014 ")).count() - 2;
  }

  /**
   * The operator's rewrite, kept in one place: the latest checkpoint's root replaced by that of a
   * rewritten tree of the same size, signed with the log's own two keys from the key folder, and
   * the witnesses' old cosignature lines copied onto it; the stored note replaced in the log's
   * checkpoint table, as whoever controls the server can. The browser refuses at the checkpoint,
   * before it reads an entry, so the rewritten entries themselves need not be written here.
   */
  private void rewriteWithTheLogKey(TenantLog log) throws Exception {
    String note = log.checkpoint().orElseThrow();
    String[] lines = note.substring(0, note.indexOf("\n\n")).split("\n");
    long size = Long.parseLong(lines[1]);
    byte[] rewrittenRoot =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                ("rewritten history of " + size).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String text =
        lines[0] + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rewrittenRoot) + "\n";
    // the folder the service's own log keys are in, found as the service finds it
    SigningKeys keys =
        SigningKeys.in(
            mamori.crypto.KeyPlacement.folder(
                Path.of(c.w.context.getEnvironment().getRequiredProperty("mamori.data")), null));
    KeyPair ed = keys.load("log-" + ConsoleWorld.CITY, SigningKeys.Algorithm.ED25519).orElseThrow();
    KeyPair pq =
        keys.load("log-" + ConsoleWorld.CITY, SigningKeys.Algorithm.ML_DSA_44).orElseThrow();
    StringBuilder forged =
        new StringBuilder(text)
            .append('\n')
            .append(
                NoteSigner.ed25519(lines[0], ed.getPrivate(), ed.getPublic()).signatureLine(text))
            .append(
                NoteSigner.mlDsa44(lines[0], pq.getPrivate(), pq.getPublic(), Clock.systemUTC())
                    .signatureLine(text));
    note.lines()
        .filter(l -> l.startsWith("\u2014 ") && !l.startsWith("\u2014 " + lines[0] + " "))
        .forEach(l -> forged.append(l).append('\n'));
    int changed =
        JdbcClient.create(c.w.context.getBean(Store.class).dataSource())
            .sql("UPDATE log_checkpoint SET note = ? WHERE tenant_id = ? AND tree_size = ?")
            .params(forged.toString(), ConsoleWorld.CITY, size)
            .update();
    assertThat(changed).isEqualTo(1);
    assertThat(log.checkpoint()).contains(forged.toString());
  }
}
