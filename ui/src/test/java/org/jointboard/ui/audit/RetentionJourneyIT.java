package org.jointboard.ui.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Retention in a browser, as the "done when" reads: the business unit sets a policy, places a legal hold on the
 * Section 11 cycle of seven years ago, checks what would go (the held cycle's returns kept, the nine-year-old cycle's
 * listed), deletes them, and finds the run in the audit trail with its count, the trail intact. It deletes demo
 * records, so it runs after the journeys that read them.
 */
@Order(Integer.MAX_VALUE - 1)
class RetentionJourneyIT extends BrowserJourney {

    @Test
    void theBusinessUnitHoldsOneCycleChecksWhatWouldGoDeletesTheRestAndFindsItInTheTrail() {
        signIn("admin");
        page.navigate(UI + "/audit/retention");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Retention");

        var closedRisks = page.getByLabel("Closed risks", new Page.GetByLabelOptions().setExact(true));
        closedRisks.fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the policy")).click();
        assertThat(page.getByText(Pattern.compile("at least 3 years"))).isVisible();
        closedRisks.fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the policy")).click();
        assertThat(page.getByText("Policy saved.")).isVisible();

        String heldCycle = "Section 11 audit " + period(LocalDate.now().minusYears(7).minusWeeks(7));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place a legal hold")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        chooseInComboBox("Audit cycle", heldCycle, "Place a legal hold");
        dialog.getByLabel("Why it must be kept").fill("Inquiry instruction IICSA-2026-14: do not destroy");
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Place the hold")).click();
        assertThat(visible("An audit cycle: " + heldCycle)).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check what would be deleted")).click();
        assertThat(page.getByText(Pattern.compile("^On \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d+ records would be deleted"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ would be deleted; \\d+ kept by a legal hold$"))).isVisible();
        assertThat(visible("Kept: Legal hold on " + heldCycle + ": Inquiry instruction IICSA-2026-14: do not destroy").first()).isVisible();
        screenshot("retention-dry-run");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete now…")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^Delete \\d+ records$"))).click();
        assertThat(page.getByText(Pattern.compile("^Done: \\d+ records deleted"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^Archive for Returns and their answers: retention-.*SHA-256 [0-9a-f]{64}\\)$"))).isVisible();
        screenshot("retention-run");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the audit trail")).click();
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Audit trail");
        chooseInComboBox("Kind of record", "Retention run", "Audit trail");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Run retention, "))).first()).isVisible();
        assertThat(page.getByText(Pattern.compile("Reason: Deleted \\d+ returns and their answers past their retention period")).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the trail is intact")).click();
        assertThat(page.getByText(Pattern.compile("^Intact: \\d+ changes checked"))).isVisible();
        screenshot("retention-in-the-trail");
    }

    @Test
    void aChairHasNoRetentionPage() {
        signIn("chair");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retention"))).hasCount(0);
        page.navigate(UI + "/audit/retention");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();
    }

    private static String period(LocalDate opens) {
        int start = opens.getMonthValue() >= 4 ? opens.getYear() : opens.getYear() - 1;
        return start + "/" + String.valueOf(start + 1).substring(2);
    }
}
