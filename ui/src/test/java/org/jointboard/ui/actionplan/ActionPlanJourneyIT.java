package org.jointboard.ui.actionplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Closing the loop in a browser: the business unit turns a "not met" standard on last year's police return into an
 * action led by the executive member, mitigating a risk; the lead finds it under My actions and records an update; the
 * exception report, the return and the risk all show it; the police lead sees their organisation's action and cannot
 * change it; the viewer reads the published plans without internal notes.
 */
class ActionPlanJourneyIT extends BrowserJourney {

    private static final String POLICE_LAST_YEAR = "/returns/demo-s11-last-west-midlands-police";
    private static final String RISK = "/risks/demo-risk-wolverhampton-7";

    @Test
    void aNotMetStandardBecomesAnActionThatItsLeadUpdatesAndEveryLinkedPageShows() {
        String title = "Escalation training for response officers " + System.nanoTime() % 100000; // letters, digits and spaces: also a pattern
        signIn("admin");
        page.navigate(UI + POLICE_LAST_YEAR);
        chooseInComboBox("Reviewing for", "Wolverhampton Safeguarding Partnership", "Board review");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gaps found for Wolverhampton Safeguarding Partnership"))).isVisible();
        Locator gap = page.locator("vaadin-horizontal-layout").filter(new Locator.FilterOptions().setHasText("S11-8 Multi-agency working and escalation: Rated Not met"));
        gap.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Raise an action")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText(Pattern.compile("West Midlands Police, S11-8"))).isVisible();
        dialog.getByLabel("What is to be done?").fill(title);
        chooseInComboBox("Lead", "Eve Exec", "Raise an action from S11-8");
        dialog.getByLabel("Due date").fill(LocalDate.now().plusWeeks(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        dialog.getByLabel("Due date").press("Enter");
        chooseInComboBox("Risk it mitigates (optional)", "R-" + LocalDate.now().minusMonths(13).getYear()
                + "-007 Data quality: ethnicity and disability unrecorded; no police CSE data", "Raise an action from S11-8");
        screenshot("raise-action-from-gap");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Raise action")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(title)))).isVisible();
        assertThat(page.getByText(Pattern.compile("Raised from: West Midlands Police.*S11-8.*Not met"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Data quality: ethnicity")))).isVisible();

        // the lead finds it under My actions and records an update, which autosaves as a draft first
        switchUser("exec");
        // home tells the lead what needs them: the demo's overdue priority action they lead
        var toDo = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("What needs you now"));
        assertThat(toDo.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^\\d+ actions? you lead (is|are) overdue$")))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My actions")).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        page.getByLabel("What has happened since the last update?").fill("Course booked; half the response teams trained by March");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("At risk")).check();
        assertThat(page.getByText(Pattern.compile("^Draft saved at"))).isVisible();
        page.reload();
        assertThat(page.getByLabel("What has happened since the last update?")).hasValue("Course booked; half the response teams trained by March");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record update")).click();
        assertThat(page.getByText("Update recorded")).isVisible();
        assertThat(visible("Course booked; half the response teams trained by March").first()).isVisible();
        assertThat(page.getByText("Amber", new Page.GetByTextOptions().setExact(true)).first()).isVisible();
        screenshot("action-updated");

        // the exception report, the return and the risk show it
        page.navigate(UI + "/plans/exceptions");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Exception report");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        page.navigate(UI + POLICE_LAST_YEAR);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(title)))).isVisible();
        page.navigate(UI + RISK);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Actions that mitigate this risk"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(title)))).isVisible();

        // the police lead sees their organisation's action from their return, and cannot change it
        switchUser("police.lead");
        page.navigate(UI + POLICE_LAST_YEAR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(title))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(title)))).isVisible();
        assertThat(page.getByText("A risk you may not open")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add an update"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Action plans"))).hasCount(0);
    }

    @Test
    void theViewerReadsThePublishedPlanWithoutInternalNotes() {
        signIn("viewer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Action plans")).first().click();
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Action plans");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Section 11 audit: improvement actions"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wolverhampton Safeguarding Board business plan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("P1 Effective governance"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oversee the risk register at every executive meeting")).click();
        assertThat(visible("Register reviewed in October; two risks re-scored").first()).isVisible();
        assertThat(page.getByText(Pattern.compile("Finance risk to be escalated"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add an update"))).hasCount(0);
        screenshot("viewer-action");
    }

    @Test
    void theBusinessUnitSetsUpAPlanAndRaisesAnActionInIt() {
        String title = "Neglect strategy " + System.nanoTime() % 100000;
        signIn("admin");
        page.navigate(UI + "/plans");
        chooseInComboBox("Partnership", "Wiltshire Safeguarding Partnership", "Action plans");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up a plan")).click();
        String dialog = "Set up a plan for Wiltshire Safeguarding Partnership";
        chooseInComboBox("Kind of plan", "Business plan", dialog);
        page.getByRole(AriaRole.DIALOG).getByLabel("Title").fill(title);
        chooseInComboBox("Serves", "The children's board", dialog);
        var from = page.getByRole(AriaRole.DIALOG).getByLabel("Period starts");
        from.fill(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        from.press("Enter");
        var to = page.getByRole(AriaRole.DIALOG).getByLabel("Period ends");
        to.fill(LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        to.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up plan")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("The period must end on or after the day it starts").first()).isVisible();
        to.fill(LocalDate.now().plusYears(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        to.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up plan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise an action")).click();
        page.getByRole(AriaRole.DIALOG).getByLabel("What is to be done?").fill("Launch the neglect toolkit");
        chooseInComboBox("Lead", "Fiona Grant", "Raise an action");
        var due = page.getByRole(AriaRole.DIALOG).getByLabel("Due date");
        due.fill(LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        due.press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise action")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("Launch the neglect toolkit$")))).isVisible();
        assertThat(page.getByText("Lead: Fiona Grant", new Page.GetByTextOptions().setExact(false))).isVisible();
    }
}
