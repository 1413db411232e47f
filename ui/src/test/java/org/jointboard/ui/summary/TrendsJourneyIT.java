package org.jointboard.ui.summary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Trends in a browser: from West Midlands Police's return the business unit opens "Ratings over the years" and reads
 * its ratings audit by audit in words (four Wolverhampton Section 11 audits in the demo: last year's S11-8 not met) beside the partnership's share
 * met per standard; a viewer sees the partnership's figures.
 */
class TrendsJourneyIT extends BrowserJourney {

    @Test
    void theBusinessUnitReadsAnOrganisationsRatingsOverTheYearsFromItsReturn() {
        signIn("admin");
        page.navigate(UI + "/returns/demo-s11-last-west-midlands-police");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ratings over the years: West Midlands Police")).click();
        // the police serve Walsall too (two audits there); Wolverhampton has four, two of them brought over from its spreadsheets
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Trends");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("West Midlands Police: ratings audit by audit"))).isVisible();
        var ratings = page.locator("vaadin-grid[aria-label='West Midlands Police: ratings audit by audit']");
        assertThat(ratings.getByText(Pattern.compile("^Section 11 audit \\d{4}/\\d{2}$"))).hasCount(4); // a column per audit
        assertThat(ratings.getByText("Not met").first()).isVisible();
        // this year's police return is not started in the demo, but other journeys in this run may have completed it: not asserted
        var met = page.locator("vaadin-grid[aria-label='Standards met, audit by audit']");
        assertThat(met.getByText(Pattern.compile("^(up|down) \\d+ points?$|^no change$")).first()).isVisible();
        screenshot("trends");

        switchUser("viewer");
        page.navigate(UI + "/assurance/trends");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Standards met, audit by audit"))).isVisible();
    }
}
