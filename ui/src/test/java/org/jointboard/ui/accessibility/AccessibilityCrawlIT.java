package org.jointboard.ui.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.jointboard.ui.support.FullStack;
import org.jointboard.ui.support.UiProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page each demo user can reach, in the production ui jar (the one {@code ./run.sh} starts), signed in through
 * the real Keycloak: from home, every link and navigation item the ui offers is followed (at most two pages of each
 * shape, such as {@code /risks/{id}}, and 40 pages a user), axe checks each page against WCAG 2.0, 2.1 and 2.2 A and AA,
 * and a screenshot of each is kept under {@code target/accessibility/}. Fails on any violation, on a page without a
 * title, and on a page that shows the framework's bare error text.
 */
public class AccessibilityCrawlIT {

    static final List<String> USERS = List.of("admin", "chair", "exec", "police.lead", "police.officer", "health.lead", "school.dsl", "viewer");
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int PAGES_PER_USER = 40;
    static final int PAGES_PER_SHAPE = 2;

    static UiProcess ui;
    static Playwright playwright;
    static Browser browser;

    @BeforeAll
    static void start() {
        ui = UiProcess.start(FullStack.backend().url(), FullStack.keycloak().baseUrl());
        playwright = org.jointboard.ui.support.Browser.playwright();
        browser = org.jointboard.ui.support.Browser.launch(playwright);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
        ui.close();
    }

    @Test
    void everyPageEveryDemoUserReachesHasNoAccessibilityViolation() {
        var problems = new ArrayList<String>();
        var crawled = new LinkedHashMap<String, Integer>();
        long started = System.nanoTime();
        for (String user : USERS) {
            crawled.put(user, crawl(user, problems));
        }
        System.out.printf("[a11y] pages crawled per user: %s; %d pages in %.1f s%n", crawled,
                crawled.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1e9);
        assertThat(problems).as("accessibility problems (screenshots in target/accessibility)").isEmpty();
    }

    private int crawl(String user, List<String> problems) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            long signIn = signIn(page, user);
            long again = System.nanoTime();
            page.navigate(ui.url() + "/");
            waitForVaadin(page);
            System.out.printf("[a11y] %s: home shown %d ms after the sign-in was sent (Keycloak's sign-in and redirects included);"
                    + " home again, signed in: %d ms%n", user, signIn, (System.nanoTime() - again) / 1_000_000);
            var queue = new ArrayDeque<String>(List.of("/"));
            var seen = new LinkedHashSet<String>(queue);
            var shapes = new HashMap<String, Integer>();
            int visited = 0;
            while (!queue.isEmpty() && visited < PAGES_PER_USER) {
                String path = queue.poll();
                if (shapes.merge(shape(path), 1, Integer::sum) > PAGES_PER_SHAPE) {
                    continue;
                }
                visited++;
                check(page, user, path, visited, problems);
                for (String link : links(page)) {
                    if (seen.add(link)) {
                        queue.add(link);
                    }
                }
            }
            return visited;
        }
    }

    private long signIn(Page page, String user) {
        page.navigate(ui.url() + "/");
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        long sent = System.nanoTime();
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(Pattern.quote(ui.url()) + "/.*"));
        waitForVaadin(page);
        return (System.nanoTime() - sent) / 1_000_000;
    }

    private void check(Page page, String user, String path, int n, List<String> problems) {
        var response = page.navigate(ui.url() + path);
        waitForVaadin(page);
        String where = user + " " + path;
        if (response != null && response.status() >= 400) {
            problems.add(where + ": HTTP " + response.status());
        }
        if (page.title().isBlank()) {
            problems.add(where + ": the page has no title");
        }
        if (page.content().contains("Could not navigate to")) {
            problems.add(where + ": the framework's bare error page");
        }
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/accessibility", user, "%02d%s.png".formatted(n, path.replaceAll("[^A-Za-z0-9]+", "-")))));
        List<Rule> violations = new AxeBuilder(page).withTags(TAGS).analyze().getViolations();
        for (Rule rule : violations) {
            problems.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(node -> node.getTarget() + " " + abbreviate(node.getHtml()) + " — " + node.getFailureSummary()).toList());
        }
    }

    /** Same-origin links and navigation items of the page, as paths; sign-out and downloads are not followed. */
    @SuppressWarnings("unchecked")
    private List<String> links(Page page) {
        var hrefs = (List<String>) page.evaluate("""
                () => {
                  const found = [];
                  const walk = root => {
                    root.querySelectorAll('a[href], vaadin-side-nav-item[path]').forEach(a => found.push(a.href || new URL(a.getAttribute('path'), location.origin + '/').href));
                    root.querySelectorAll('*').forEach(e => e.shadowRoot && walk(e.shadowRoot));
                  };
                  walk(document);
                  return found;
                }""");
        var paths = new ArrayList<String>();
        String origin = URI.create(ui.url()).getAuthority();
        for (String href : hrefs) {
            URI uri = URI.create(href);
            if (origin.equals(uri.getAuthority()) && !uri.getPath().startsWith("/logout") && !uri.getPath().contains(".")
                    && !uri.getPath().startsWith("/VAADIN")) {
                paths.add(uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery()));
            }
        }
        return paths;
    }

    /** /risks/6b0e… and /risks/6c1f…, or /committees/wolv-cdop and /committees/wolv-executive, are one shape each. */
    static String shape(String path) {
        String[] parts = path.split("\\?")[0].split("/");
        return parts.length <= 2 ? path.split("\\?")[0] : parts[1] + "/{id}" + "/*".repeat(parts.length - 3);
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive())");
    }

    private static String abbreviate(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }
}
