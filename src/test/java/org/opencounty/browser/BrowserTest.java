package org.opencounty.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.opencounty.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Drives Debian's Chromium through Playwright against the running application. Where Chromium is not
 * installed the browser tests are skipped with that reason; on CI (CI=true) its absence is a failure.
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM);
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must run the browser tests, but " + CHROMIUM + " is missing");
        }
        if (!installed) {
            // Skipped test by test (openPage), not here: an assumption in @BeforeAll leaves the class at "Tests run: 0",
            // so the suite's count would not say that anything was left out.
            return;
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Playwright gives every launch a fresh, empty user-data directory of its own.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        Assumptions.assumeTrue(browser != null, "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium fonts-noto-cjk); browser test skipped");
        context = newContext();
        page = context.newPage();
    }

    protected BrowserContext newContext() {
        return newContext(options -> options);
    }

    /** A fresh context with other options than the desktop default (a phone's viewport, JavaScript off). */
    protected BrowserContext newContext(java.util.function.UnaryOperator<Browser.NewContextOptions> options) {
        BrowserContext fresh = browser.newContext(options.apply(new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900)));
        fresh.setDefaultTimeout(15_000);
        return fresh;
    }

    /** Replaces this test's page by one in a context with the given options. */
    protected void reopen(java.util.function.UnaryOperator<Browser.NewContextOptions> options) {
        context.close();
        context = newContext(options);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")).click();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
