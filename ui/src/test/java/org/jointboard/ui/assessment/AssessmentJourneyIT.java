package org.jointboard.ui.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Section 11 in a browser (the issue's "done when"): the police lead completes the return both of its partnerships see;
 * the business unit returns it for Walsall with a reason; the lead fixes and resubmits; it is accepted for both areas and
 * given a moderated rating; the health trust's lead never sees it; the summary counts it.
 */
class AssessmentJourneyIT extends BrowserJourney {

    static final String CURRENT = "Section 11 audit 2026/27";

    @Test
    void aReturnGoesFromThePoliceToBothBoardsAndBack() {
        signIn("police.lead");
        page.navigate(UI + "/returns");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CURRENT)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("West Midlands Police: " + CURRENT))).isVisible();
        // last year's answers are there to confirm or change, and count only once confirmed
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Last year's answers are filled in"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^0 of \\d+ required questions answered$")).first()).isVisible();
        assertThat(page.getByText("From last year (Met) — confirm or change.").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm S11-1.1 as last year")).click();
        assertThat(page.getByText("Confirmed: same as last year.")).isVisible();
        assertThat(page.getByText(Pattern.compile("^1 of \\d+ required questions answered$")).first()).isVisible();
        // evidence as a file, not only a reference
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        page.locator("vaadin-upload[aria-label='Attach evidence to S11-4.4'] input[type=file]").setInputFiles(EvidenceFiles.pdf("Police vetting policy.pdf"));
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Files attached to S11-4.4")))
                .containsText("Police vetting policy.pdf — PDF");
        // the training section goes to a colleague, who answers it and nothing else
        chooseInComboBox("Colleague who answers this section", "Imran Shah, Inspector, Local Policing", "Safe workforce");
        assertThat(page.getByText("Safe workforce is assigned to Imran Shah.")).isVisible();
        String ownReturnUrl = page.url();
        switchUser("police.officer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CURRENT)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your sections"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and submit"))).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        var trainingFigure = page.getByLabel(Pattern.compile("^S11-5\\.2 "));
        trainingFigure.fill("77");
        trainingFigure.press("Tab");
        assertThat(page.getByText(Pattern.compile("^All changes saved at"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leadership and accountability")).click();
        assertThat(page.getByLabel(Pattern.compile("^S11-1\\.4 "))).hasAttribute("readonly", "");
        switchUser("police.lead");
        page.navigate(ownReturnUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        assertThat(page.getByText("Answered by Imran Shah").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leadership and accountability")).click();
        answerEverythingRequired();
        screenshot("return-answered");
        submit();
        String returnUrl = page.url();

        switchUser("admin");
        page.navigate(UI + "/assurance");
        chooseInComboBox("Partnership", "Walsall Safeguarding Partnership", "Audit tracker");
        assertThat(visible("West Midlands Police").first()).isVisible();
        screenshot("tracker-walsall");
        page.navigate(returnUrl);
        chooseInComboBox("Reviewing for", "Walsall Safeguarding Partnership", "Board review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return with reasons")).click();
        page.getByLabel("What needs to change?").fill("S11-5: give the training figure for the Walsall teams");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return for changes")).click();
        assertThat(page.getByText(Pattern.compile("Returned\\. Due"))).isVisible();

        switchUser("police.lead");
        page.navigate(returnUrl);
        assertThat(page.getByText(Pattern.compile("returned this for Walsall Safeguarding Partnership .*: S11-5: give the training figure"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        var training = page.getByLabel(Pattern.compile("^S11-5\\.2 "));
        training.fill("88");
        training.press("Tab");
        assertThat(page.getByText(Pattern.compile("^All changes saved at"))).isVisible();
        submit();

        switchUser("admin");
        page.navigate(returnUrl);
        chooseInComboBox("Reviewing for", "Walsall Safeguarding Partnership", "Board review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept for Walsall Safeguarding Partnership")).click();
        assertThat(page.getByText("Accepted for Walsall Safeguarding Partnership.").first()).isVisible();
        chooseInComboBox("Reviewing for", "Wolverhampton Safeguarding Partnership", "Board review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept for Wolverhampton Safeguarding Partnership")).click();
        assertThat(page.getByText(Pattern.compile("Accepted\\. Due"))).isVisible();
        chooseInComboBox("Reviewing for", "Wolverhampton Safeguarding Partnership", "Board review");
        chooseInComboBox("S11-4 Safer recruitment and vetting (self-rating: Met)", "Partially met", "Board review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save moderated ratings")).click();
        assertThat(page.getByText(Pattern.compile("^S11-4 moderated rating: Partially met"))).isVisible();
        screenshot("return-accepted-and-moderated");

        page.navigate(UI + "/assurance/summary");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Compliance summary");
        assertThat(page.getByText("5 of 10")).isVisible();
        assertThat(visible("▲ Partially met (self: Met)").first()).isVisible();
        screenshot("compliance-summary");

        switchUser("health.lead");
        page.navigate(UI + "/returns");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CURRENT))).hasCount(1);
        assertThat(page.getByText("West Midlands Police")).hasCount(0);
        page.navigate(returnUrl);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Return not found"))).isVisible();
    }

    @Test
    void theBusinessUnitPlansAndIssuesACycle() {
        signIn("admin");
        page.navigate(UI + "/assurance");
        chooseInComboBox("Partnership", "Wirral Safeguarding Partnership", "Audit tracker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a cycle")).click();
        page.getByLabel("Title").fill("Section 11 audit 2027/28");
        page.getByLabel("Period").fill("2027/28");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan cycle")).click();
        // the error summary at the top of the form says what is wrong, and takes the focus to the field
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("There is a problem"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Framework: Choose the framework")).click();
        assertThat(page.getByLabel("Framework", new Page.GetByLabelOptions().setExact(true))).isFocused();
        chooseInComboBox("Framework", "Section 11 self-assessment (S11, edition 1)", "Plan an audit cycle");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan cycle")).click();
        assertThat(page.getByText("This cycle is planned and not yet issued: no organisation can see it.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue to organisations")).click();
        assertThat(page.getByText("Issued to 1 organisation: each can now complete its return.")).isVisible();
        assertThat(visible("Wirral Council").first()).isVisible();
        screenshot("cycle-issued");
    }

    private void answerEverythingRequired() {
        new ReturnForm(page, this::waitForServer).answerEverythingRequired();
    }

    private void submit() {
        new ReturnForm(page, this::waitForServer).submit();
    }
}
