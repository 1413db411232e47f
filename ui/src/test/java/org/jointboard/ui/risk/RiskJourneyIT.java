package org.jointboard.ui.risk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * The risk register in a browser: an executive member opens the executive view, opens a red cell of the heat
 * map, reviews a risk they own and sees its trend and next review date change; a viewer sees no commentary;
 * an agency lead sees nothing of the register.
 */
class RiskJourneyIT extends BrowserJourney {

    @Test
    void anExecutiveMemberReviewsARiskTheyOwnFromTheHeatMap() {
        signIn("exec");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Executive risk view")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Residual risk heat map"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("at likelihood 4, impact 4, score 16 \\(high\\)"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Risks at likelihood 4, impact 4"))).isVisible();
        screenshot("executive-risk-view");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Revenue deficit"))).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a review"))).isVisible();

        chooseInComboBox("Residual likelihood", "3", "Record a review");
        page.getByLabel("Commentary").fill("Partners agreed a one-year uplift");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save review")).click();
        assertThat(page.getByText("Review saved")).isVisible();
        String nextDue = LocalDate.now().plusMonths(3).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
        assertThat(page.getByText(Pattern.compile("Residual score: 12 \\(medium\\).*trend ↓ Down"))).isVisible();
        assertThat(page.getByText("next review due " + nextDue, new Page.GetByTextOptions().setExact(false))).isVisible();
        screenshot("risk-reviewed");
    }

    @Test
    void aViewerSeesThePublishedRegisterWithoutCommentary() {
        signIn("viewer");
        page.navigate(UI + "/risks");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Audits miss failures in frontline practice"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Score history"))).isVisible();
        assertThat(page.getByText("Controls reviewed; see the update to the executive.")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Executive comments"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a review"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Controls"))).hasCount(0);

        // a page the role does not include, opened by its address: said plainly, inside the layout, with a title and a way back
        page.navigate(UI + "/risks/overview");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();
        assertThat(page).hasTitle("This page is not available to your role | JointBoard");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your home page"))).isVisible();
        assertThat(page.getByText("Could not navigate")).hasCount(0);
        page.navigate(UI + "/no/such/page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
        assertThat(page).hasTitle("Page not found | JointBoard");
    }

    @Test
    void anAgencyLeadSeesNothingOfTheRegister() {
        signIn("police.lead");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk register"))).hasCount(0);
        page.navigate(UI + "/risks");
        assertThat(page.getByText("Revenue deficit")).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Risk register"))).hasCount(0);
    }

    @Test
    void theBusinessUnitRaisesARiskAndClosesItWithAReason() {
        signIn("admin");
        page.navigate(UI + "/risks");
        chooseInComboBox("Partnership", "Wirral Safeguarding Partnership", "Risk register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise a risk")).click();
        String dialog = "Raise a risk for Wirral Safeguarding Partnership";
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Independent chair's contract ends");
        chooseInComboBox("Category", "Governance", dialog);
        chooseInComboBox("Inherent likelihood", "2", dialog);
        chooseInComboBox("Inherent impact", "3", dialog);
        chooseInComboBox("Residual likelihood", "3", dialog);
        chooseInComboBox("Residual impact", "3", dialog);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise risk")).click();
        // at the field, in the dialog (screen readers also hear it from the page's live region)
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("The residual score is above the inherent score: say why, or lower the residual score")).isVisible();
        page.getByLabel("Why the residual score is above the inherent score").fill("The new contract is not yet funded");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise risk")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("Independent chair's contract ends$")))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close…")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close risk")).click();
        assertThat(page.getByText("Say why the risk is closed")).isVisible();
        page.getByLabel("Why is it closed?").fill("Contract renewed for three years");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close risk")).click();
        assertThat(page.getByText("Closed: Contract renewed for three years")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Record a review"))).hasCount(0);
    }
}
