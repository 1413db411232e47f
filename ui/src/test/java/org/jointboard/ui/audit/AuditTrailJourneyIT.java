package org.jointboard.ui.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * The audit trail in a browser: the business unit escalates a risk, opens its History and reads the change field by
 * field with who made it; the partnership's audit trail lists it; the tamper check reports the chain intact. A viewer
 * has neither the page nor a History panel.
 */
class AuditTrailJourneyIT extends BrowserJourney {

    @Test
    void theBusinessUnitReadsARisksHistoryFieldByFieldAndChecksTheTrail() {
        signIn("admin");
        page.navigate(UI + "/risks/demo-risk-wolverhampton-3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate to the board")).click();
        waitForServer();
        page.getByText("History", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Escalate risk, ")))).isVisible();
        assertThat(page.getByText(Pattern.compile("^By Demo admin|^By admin|^By Alex Admin")).first()).isVisible();
        var statusRow = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(Pattern.compile("^status OPEN ESCALATED")));
        assertThat(statusRow).isVisible();
        screenshot("risk-history");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).first().click();
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Audit trail");
        chooseInComboBox("Kind of record", "Risk", "Audit trail");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Escalate risk, "))).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the trail is intact")).click();
        assertThat(page.getByText(Pattern.compile("^Intact: \\d+ changes checked"))).isVisible();
        screenshot("audit-trail");
    }

    @Test
    void aViewerHasNoHistoryAndNoAuditTrail() {
        signIn("viewer");
        page.navigate(UI + "/risks/demo-risk-wolverhampton-3");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Score history"))).isVisible();
        assertThat(page.getByText("History", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail"))).hasCount(0);
        page.navigate(UI + "/audit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();
    }
}
