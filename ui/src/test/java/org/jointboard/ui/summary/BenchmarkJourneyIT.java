package org.jointboard.ui.summary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.accessibility.AccessibilityCrawlIT;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Areas compared in a browser: the business unit, who works for the five demo partnerships, sees this year's Section 11
 * for each side by side (Wolverhampton and Walsall ran it; the others show "no audit") and shares Walsall's figures,
 * saved as ticked; a viewer of Wolverhampton sees only Wolverhampton named, and why there is no median of other areas yet.
 */
class BenchmarkJourneyIT extends BrowserJourney {

    @Test
    void theBusinessUnitComparesItsPartnershipsAndAViewerSeesOnlyTheirOwn() {
        signIn("admin");
        page.navigate(UI + "/assurance/compare");
        var areas = page.locator("vaadin-grid[aria-label='Areas compared']");
        for (String partnership : new String[] { "Wolverhampton Safeguarding Partnership", "Walsall Safeguarding Partnership",
                "Wirral Safeguarding Partnership" }) {
            assertThat(areas.getByText(partnership)).isVisible();
        }
        assertThat(areas.getByText("Returns received")).isVisible();
        assertThat(areas.getByText(Pattern.compile("^\\d+ of \\d+ \\(\\d+%\\)$")).first()).isVisible();
        assertThat(areas.getByText("no audit").first()).isVisible();
        var share = page.getByLabel("Share Walsall Safeguarding Partnership's figures, anonymised, with other areas");
        share.check();
        assertThat(page.getByText("Shared.")).isVisible();
        screenshot("compare-areas");
        // the crawl reaches two pages under /assurance (summary, trends): this one is checked here, against the same rules
        assertThat(new AxeBuilder(page).withTags(AccessibilityCrawlIT.TAGS).analyze().getViolations()).as("WCAG 2.2 AA on Compare areas").isEmpty();
        share.uncheck();
        assertThat(page.getByText("Not shared.")).isVisible();

        switchUser("viewer");
        page.navigate(UI + "/assurance/compare");
        var own = page.locator("vaadin-grid[aria-label='Areas compared']");
        assertThat(own.getByText("Wolverhampton Safeguarding Partnership")).isVisible();
        assertThat(own.getByText("Walsall Safeguarding Partnership")).hasCount(0);
        assertThat(page.getByText(Pattern.compile("^Other areas' median appears once at least 3 other partnerships share"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^Share .* figures"))).hasCount(0);
    }
}
