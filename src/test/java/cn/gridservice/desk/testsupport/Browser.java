package cn.gridservice.desk.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium per test, driven by its own chromedriver (both paths given, so
 * Selenium Manager downloads nothing). A failing test leaves a screenshot and the page source in
 * {@code target/selenium/}.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  private WebDriver driver;

  private final String name;

  public Browser() {
    this("");
  }

  /**
   * @param name tells two browsers of one test apart in the evidence kept on failure
   */
  public Browser(String name) {
    this.name = name;
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  public static WebDriver start() {
    String driverPath = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(System.getProperty("gsd.chromium", "/usr/bin/chromium"))
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000",
                "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }

  /** Opens {@code path} and logs in on the login page it leads to (demo password). */
  public void logIn(String path, String user) {
    logIn(path, user, "demo");
  }

  /** Opens {@code path} and logs in with that password. */
  public void logIn(String path, String user, String password) {
    driver.get(ServerDeployment.BASE_URL + path);
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("loginButton")).click();
  }

  /** Headless Chromium has no input method for Chinese: such text goes in as if pasted. */
  public void paste(By field, String text) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", driver.findElement(field), text);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    driver = start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      Optional<Throwable> failure = context.getExecutionException();
      if (failure.isPresent()) {
        keepEvidence(
            context.getRequiredTestClass().getSimpleName()
                + "-"
                + context.getRequiredTestMethod().getName()
                + (name.isEmpty() ? "" : "-" + name));
      }
    } finally {
      driver.quit();
    }
  }

  private void keepEvidence(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "selenium"));
      Files.writeString(
          folder.resolve(name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(),
          StandardCharsets.UTF_8);
      Files.write(
          folder.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("could not keep the browser's evidence: " + e);
    }
  }
}
