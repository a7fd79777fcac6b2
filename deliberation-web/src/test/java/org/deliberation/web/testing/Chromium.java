package org.deliberation.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, which the build installs
 * ({@code src/test/browser/ensure-chromium.sh}); nothing is ever downloaded. Each instance has a fresh profile, and
 * keeps its screenshots and PDFs under {@code target/browser-artifacts} as test artifacts.
 */
public final class Chromium implements AutoCloseable {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  private final ChromeDriver driver;
  private final Path profile;
  private final String prefix;
  private int shots;

  /** Whether Debian's Chromium and its driver are installed here. */
  public static boolean available() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /**
   * A browser with a window of this size (a phone is 390 × 844) and this preferred language.
   *
   * @param name the journey, which names its artifacts
   */
  public static Chromium start(String name, int width, int height, String language) {
    try {
      var profile = Files.createTempDirectory("chromium-profile");
      var options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      // As root in a container: no sandbox; and no background connections, which this closed
      // network refuses.
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
          "--disable-extensions",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height,
          "--lang=" + language);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      var logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
      var service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .usingAnyFreePort()
              .build();
      var driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      // A click that submits a form returns before the next page has loaded: looking for an element
      // waits for it.
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
      Files.createDirectories(ARTIFACTS);
      return new Chromium(driver, profile, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Chromium(ChromeDriver driver, Path profile, String prefix) {
    this.driver = driver;
    this.profile = profile;
    this.prefix = prefix;
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Saves what the browser shows now as {@code <journey>-<n>-<step>.png}; returns the file. */
  public Path screenshot(String step) {
    try {
      var file = ARTIFACTS.resolve(prefix + "-" + (++shots) + "-" + step + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the page as Chromium's "Save as PDF" does, with the print style sheet; returns the file. */
  public Path printToPdf(String step) {
    try {
      var file = ARTIFACTS.resolve(prefix + "-" + step + ".pdf");
      Files.write(file, Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent()));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The browser's console errors, such as a script or style the Content Security Policy refused. */
  public List<String> consoleErrors() {
    return driver.manage().logs().get("browser").getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(entry -> entry.getMessage())
        .toList();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary profile left behind harms nothing
    }
  }
}
