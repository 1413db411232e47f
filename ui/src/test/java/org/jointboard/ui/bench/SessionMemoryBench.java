package org.jointboard.ui.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * P5 of {@code ./bench.sh}: the ui's heap per signed-in session, measured as Vaadin suggests (heap after a full
 * collection with N more sessions open, less the heap before, over N), and the time from pressing "Sign in" to a
 * home page ready to use, warm. Real Chromium sessions signing in through Keycloak as the demo admin.
 * <p>
 * Usage: {@code SessionMemoryBench <ui-url> <ui-pid> <sessions> <results-file>}
 */
public final class SessionMemoryBench {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final int WARM_UP = 2;

    public static void main(String[] args) throws Exception {
        String ui = args[0];
        long pid = Long.parseLong(args[1]);
        int sessions = Integer.parseInt(args[2]);
        Path results = Path.of(args[3]);
        try (Playwright playwright = org.jointboard.ui.support.Browser.playwright()) {
            Browser browser = org.jointboard.ui.support.Browser.launch(playwright);
            var open = new ArrayList<BrowserContext>();
            for (int i = 0; i < WARM_UP; i++) {
                signIn(browser, ui, open); // classes, caches and the first views: not a session's cost
            }
            long before = heapAfterCollection(pid);
            var times = new ArrayList<Long>();
            for (int i = 0; i < sessions; i++) {
                times.add(signIn(browser, ui, open));
            }
            long after = heapAfterCollection(pid);
            times.sort(null);
            double perSession = (after - before) / (double) sessions;
            record(results, "P5.sessions", String.valueOf(sessions));
            record(results, "P5.per_session_kb", "%.0f".formatted(perSession));
            record(results, "P5.first_page_ms", String.valueOf(times.get(times.size() / 2)));
            System.out.printf("[bench] ui: heap %d KB before, %d KB with %d more sessions: %.0f KB a session; first page after sign-in %d ms (median)%n",
                    before, after, sessions, perSession, times.get(times.size() / 2));
            open.forEach(BrowserContext::close);
        }
    }

    /** Signs the demo admin in, in a new browser session kept open; returns ms from pressing "Sign in" to a home page ready to use. */
    private static long signIn(Browser browser, String ui, List<BrowserContext> open) {
        BrowserContext context = browser.newContext();
        open.add(context);
        Page page = context.newPage();
        org.jointboard.ui.support.Browser.fillSignIn(page, ui, "admin");
        long started = System.nanoTime();
        org.jointboard.ui.support.Browser.submitSignIn(page, ui);
        page.locator("h1").first().waitFor();
        org.jointboard.ui.support.Browser.waitForServer(page);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The ui's heap in use after a full collection, in KB, from {@code jcmd}. */
    private static long heapAfterCollection(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap in use");
        }
        return Long.parseLong(used.group(1));
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }

    private static void record(Path results, String key, String value) throws IOException {
        Files.writeString(results, key + "\t" + value + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
