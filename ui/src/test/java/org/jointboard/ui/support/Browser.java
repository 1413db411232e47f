package org.jointboard.ui.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Headless Debian Chromium driven by Playwright (Playwright's own browser download is not reachable here). */
public final class Browser {

    private Browser() {
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        Path chromium = Path.of(System.getenv().getOrDefault("JOINTBOARD_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("The browser tests need Chromium at " + chromium
                    + ": install it (apt-get install chromium; .ci/run does) or set JOINTBOARD_CHROMIUM");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Opens the ui, which sends the browser to Keycloak, and fills in the sign-in form (every demo login's password is "demo"). */
    public static void fillSignIn(Page page, String ui, String username) {
        page.navigate(ui + "/");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
    }

    /** Presses "Sign in" and waits to be back in the ui. */
    public static void submitSignIn(Page page, String ui) {
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(Pattern.quote(ui) + "/.*"));
    }

    /** Waits until the browser has no request to the server in flight (each autosave is one). */
    public static void waitForServer(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive())");
    }
}
