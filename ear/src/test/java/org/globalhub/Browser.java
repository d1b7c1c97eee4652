package org.globalhub;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, for the journeys a person takes. Without Chromium the test
 * is skipped with a message, except in CI (CI=true), where a missing browser is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path userDataDir;

    private Browser(WebDriver driver, String baseUrl, Path userDataDir) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.userDataDir = userDataDir;
    }

    /**
     * The Hub's URL from the one Arquillian gives a deployment (whose context is the test WAR's).
     */
    public static String hubUrl(java.net.URL deploymentBase) {
        return deploymentBase.toString().replaceAll("/[^/]*/?$", "/") + "hub/";
    }

    /** Opens Chromium on the Hub of this Arquillian deployment. */
    public static Browser open(java.net.URL deploymentBase) throws IOException {
        return open(hubUrl(deploymentBase));
    }

    /**
     * @param baseUrl the Hub's URL, ending in /hub/
     */
    public static Browser open(String baseUrl) throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            String message =
                    "Browser tests need "
                            + CHROMIUM
                            + " and "
                            + CHROMEDRIVER
                            + " (apt-get install chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message + ": CI must run them.");
            }
            System.out.println("[hub] SKIPPED browser test: " + message);
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("hub-chromium");
        ChromeOptions options =
                new ChromeOptions()
                        .setBinary(CHROMIUM)
                        .addArguments(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--window-size=1280,1000",
                                "--lang=en",
                                "--user-data-dir=" + profile,
                                // the test server's HTTPS certificate is self-signed
                                "--ignore-certificate-errors");
        options.setAcceptInsecureCerts(true);
        // Downloads (exports) go into the profile's folder, without asking: see downloaded(...).
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        profile.resolve("downloads").toString(),
                        "download.prompt_for_download",
                        false));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, baseUrl, profile);
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Logs a demo user in (agent, curator, admin); see {@link #logIn(TestUser)}. */
    public void logIn(String demoUser) {
        logIn(DemoUser.of(demoUser));
    }

    /**
     * Logs a person in through both steps: password, then a code from their (simulated)
     * authenticator.
     */
    public void logIn(TestUser user) {
        go("catalogue/index.xhtml");
        waitFor(By.id("loginForm:email"));
        waitFor(By.id("loginForm:email")).sendKeys(user.email());
        driver.findElement(By.id("loginForm:password")).sendKeys(user.password());
        submit(By.id("loginForm:loginButton"));
        waitFor(By.id("codeForm:code")).sendKeys(user.nextCode());
        submit(By.id("codeForm:codeButton"));
        present(By.id("navLogout"));
    }

    public void logOut() {
        submit(By.id("navLogout"));
        waitFor(By.id("loginForm:email"));
    }

    /** An element that is on the page, shown or not (for example in the folded phone menu). */
    public WebElement present(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Opens the header's menu where a narrow window folds it behind the menu button, as a person on
     * a phone would; does nothing where the menu is shown anyway.
     */
    public void openMenu() {
        List<WebElement> buttons = driver.findElements(By.id("menuButton"));
        if (!buttons.isEmpty()
                && buttons.get(0).isDisplayed()
                && "false".equals(buttons.get(0).getAttribute("aria-expanded"))) {
            buttons.get(0).click();
        }
    }

    /**
     * Clicks something that loads a new page, and waits until the new page has replaced the old
     * one.
     */
    public void submit(By by) {
        submit(driver.findElement(by));
    }

    public void submit(WebElement element) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        if (!element.isDisplayed()) {
            openMenu();
        }
        element.click();
        // Chrome reports a replaced document either as a stale element or as "node does not belong
        // to the
        // document": any failure to reach the old page means the new one has come.
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d -> {
                            try {
                                oldPage.isEnabled();
                                return false;
                            } catch (WebDriverException gone) {
                                return true;
                            }
                        });
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d ->
                                "complete"
                                        .equals(
                                                ((org.openqa.selenium.JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return document.readyState")));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The element's text; retried briefly while the page is still replacing its document. */
    public String text(By by) {
        WebDriverException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return waitFor(by).getText();
            } catch (WebDriverException e) {
                last = e;
                pause();
            }
        }
        throw last;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for a downloaded file whose name ends with {@code suffix} and returns its bytes, once
     * Chromium has finished writing it (it may show the file empty first; its size must then hold
     * still).
     */
    public byte[] downloaded(String suffix) throws IOException, InterruptedException {
        Path dir = userDataDir.resolve("downloads");
        long lastSize = -1;
        for (int i = 0; i < 150; i++) {
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    var found =
                            files.filter(f -> f.getFileName().toString().endsWith(suffix))
                                    .findFirst();
                    if (found.isPresent()) {
                        long size = Files.size(found.get());
                        if (size > 0 && size == lastSize) {
                            return Files.readAllBytes(found.get());
                        }
                        lastSize = size;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no *" + suffix + " was downloaded");
    }

    /** axe-core's script (org.webjars.npm:axe-core, test scope), read once. */
    private static String axeScript;

    private static synchronized String axeScript() throws IOException {
        if (axeScript == null) {
            String path =
                    "META-INF/resources/webjars/axe-core/"
                            + System.getProperty("hub.axe.version", "4.6.3")
                            + "/axe.min.js";
            try (var in = Browser.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("axe-core is not on the test classpath: " + path);
                }
                axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return axeScript;
    }

    /**
     * The WCAG 2.1 A and AA violations axe-core finds on the page now shown, one line each: the
     * rule, its impact, what it asks, and where (the first three elements).
     */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() throws IOException {
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(axeScript());
        return (List<String>)
                js.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values:"
                                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                                + " resultTypes: ['violations']})"
                                + ".then(function (r) { done(r.violations.map(function (v) {"
                                + " return v.id + ' (' + v.impact + '): ' + v.help + ': '"
                                + " + v.nodes.slice(0, 3).map(function (n) { return"
                                + " n.target.join(' '); }).join(', ')"
                                + " + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + '"
                                + " more' : ''); })); })"
                                + ".catch(function (e) { done(['axe-core failed: ' + e]); });");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a screenshot under target/screenshots, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.out.println("[hub] screenshot " + name + " not saved: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
