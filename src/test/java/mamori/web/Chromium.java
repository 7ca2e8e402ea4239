package mamori.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/*
 * Debian's chromium and chromium-driver, started by path (.ci/run installs them; nothing is downloaded).
 * The flags are those a closed network needs: without the background-networking ones Chromium keeps
 * trying to reach Google and the sandboxed CI user is root, hence --no-sandbox.
 */
/** A headless Chromium driven through Selenium, with screenshots saved under target/browser. */
public final class Chromium implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "browser");

  public final ChromeDriver driver;
  private final String base;
  private final Path profile;

  public Chromium(String base, String language) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "the browser tests need Debian's chromium and chromium-driver: "
              + "apt-get install chromium chromium-driver (.ci/run does)");
    }
    this.base = base;
    this.profile = Files.createTempDirectory("mamori-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=" + language,
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  /** Adds a platform authenticator that holds passkeys and verifies its user, as a phone would. */
  public org.openqa.selenium.virtualauthenticator.VirtualAuthenticator addPasskeyAuthenticator() {
    return driver.addVirtualAuthenticator(
        new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
            .setProtocol(
                org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(
                org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport
                    .INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true)
            .setIsUserConsenting(true));
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  /** Submits a form and waits until the page it leads to has replaced this one. */
  public void submit(String formCss) {
    away(() -> find(formCss + " button[type=submit]").click());
  }

  /** Clicks what leads to another page, and waits until that page has replaced this one. */
  public void follow(String css) {
    away(() -> find(css).click());
  }

  private void away(Runnable action) {
    WebElement page = driver.findElement(By.tagName("html"));
    action.run();
    // the old page's root goes stale; Chromium sometimes says so as "node does not belong to the
    // document"
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> {
          try {
            page.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
