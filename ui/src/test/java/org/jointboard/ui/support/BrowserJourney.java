package org.jointboard.ui.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What every browser journey needs: the full stack, a fresh browser session per test, sign-in and a few helpers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = { "server.port=" + FullStack.UI_PORT, "vaadin.devmode.devTools.enabled=false" })
public abstract class BrowserJourney {

    protected static final String UI = FullStack.UI;

    static Playwright playwright;
    static Browser browser;
    protected BrowserContext context;
    protected Page page;

    @DynamicPropertySource
    static void connect(DynamicPropertyRegistry properties) {
        FullStack.connect(properties);
    }

    @BeforeAll
    static void launchBrowser() {
        playwright = org.jointboard.ui.support.Browser.playwright();
        browser = org.jointboard.ui.support.Browser.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void newBrowserSession() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserSession() {
        context.close();
    }

    protected void signIn(String username) {
        org.jointboard.ui.support.Browser.fillSignIn(page, UI, username);
        org.jointboard.ui.support.Browser.submitSignIn(page, UI);
    }

    /** Waits until the browser has no request to the server in flight (each autosave is one). */
    protected void waitForServer() {
        org.jointboard.ui.support.Browser.waitForServer(page);
    }

    /** Signs out by starting a fresh browser session, then signs in as someone else. */
    protected void switchUser(String username) {
        context.close();
        newBrowserSession();
        signIn(username);
    }

    /** The grid keeps recycled cells in the page, hidden: count only what a person can see. */
    protected Locator visible(String text) {
        return page.getByText(text).filter(new Locator.FilterOptions().setVisible(true));
    }

    /** Chooses an option; when a dialog repeats a label of the page behind it, the dialog's field (last in the page) is used. */
    protected void chooseInComboBox(String label, String option, String headingToClickAfter) {
        var input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).last();
        if (option.equals(input.inputValue())) {
            return; // already chosen (pages remember the partnership); re-choosing races the option list's redraw
        }
        input.fill(option);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first().click();
        // Playwright runs the pattern as a JavaScript regex, which has no \\Q..\\E quoting
        assertThat(input).hasValue(Pattern.compile("^" + option.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0")));
        waitForServer(); // choosing often redraws part of the page
    }

    /** A multi-select box redraws its options as they are chosen, so choose with the keyboard. */
    protected void chooseInMultiSelect(String label, String option, String headingToClickAfter) {
        var input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        input.fill(option);
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).first()).isVisible();
        input.press("Enter");
        // move on as a person would, which closes the option list (Escape could close a whole dialog)
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headingToClickAfter)).first().click();
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
