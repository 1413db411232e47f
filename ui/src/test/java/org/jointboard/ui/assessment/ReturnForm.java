package org.jointboard.ui.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** How a test answers a return the way a person would: section by section, each answer saved as it is given. */
final class ReturnForm {

    private final Page page;
    private final Runnable waitForServer;

    ReturnForm(Page page, Runnable waitForServer) {
        this.page = page;
        this.waitForServer = waitForServer;
    }

    /** Clicks the first option of every question (Met, Yes, the first choice) and types the numbers and evidence, section by section (from the task list). */
    void answerEverythingRequired() {
        Locator tabs = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Sections of the return")).getByRole(AriaRole.BUTTON);
        int count = tabs.count();
        for (int t = 0; t < count; t++) {
            tabs.nth(t).click();
            waitForServer.run(); // the section's questions arrive from the server; until then the last section shows
            assertThat(page.locator("vaadin-radio-group:visible").first()).isVisible();
            Locator confirmLastYear = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Confirm the \\d+ answers? from last year in this section$")));
            if (confirmLastYear.count() > 0) {
                confirmLastYear.click();
                assertThat(page.getByText(Pattern.compile("^Confirmed \\d+ answers? from last year\\.$"))).isVisible();
            }
            Locator groups = page.locator("vaadin-radio-group:visible");
            for (int i = 0; i < groups.count(); i++) {
                groups.nth(i).locator("vaadin-radio-button").first().click();
                waitForServer.run();
            }
            Locator numbers = page.locator("vaadin-number-field:visible input");
            for (int i = 0; i < numbers.count(); i++) {
                numbers.nth(i).fill("3");
                numbers.nth(i).press("Tab");
                waitForServer.run();
            }
            Locator evidence = page.getByLabel(Pattern.compile("Evidence: ")).filter(new Locator.FilterOptions().setVisible(true));
            for (int i = 0; i < evidence.count(); i++) {
                evidence.nth(i).fill("Safeguarding policy v4, intranet");
                evidence.nth(i).press("Tab");
                waitForServer.run();
            }
        }
        assertThat(page.getByText(Pattern.compile("^(\\d+) of \\1 required questions answered$"))).isVisible();
    }

    void submit() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and submit")).click();
        assertThat(page.getByText(Pattern.compile("^Every required question is answered"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit return")).click();
        assertThat(page.getByText(Pattern.compile("Submitted\\. Due"))).isVisible();
    }
}
