package org.jointboard.ui.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The schools' audit in a browser (the "done when"): the business unit imports the sample register and issues the
 * cycle; the school's DSL completes it, records the head teacher's and chair of governors' sign-off and submits; the
 * tracker shows one more returned; someone from another organisation cannot open it. Runs last: it adds 103 schools.
 */
@Order(Integer.MAX_VALUE)
class SchoolAuditJourneyIT extends BrowserJourney {

    /** Next year's: the demo's own schools' audit of this year is already open (to the three demo schools). */
    static final String CYCLE = "Schools' safeguarding audit 2027/28";
    static final Path SAMPLE = Path.of("src/main/resources/META-INF/resources/samples/wolverhampton-schools.csv");

    @Test
    void aSchoolCompletesItsAuditAfterTheRegisterIsImported() {
        // on a first start, the school's DSL already has this year's audit to do
        signIn("school.dsl");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schools' safeguarding audit 2026/27"))).isVisible();

        switchUser("admin");
        page.navigate(UI + "/organisations/import");
        chooseInComboBox("Schools of", "Wolverhampton Safeguarding Partnership", "Import a school register");
        page.locator("vaadin-upload input[type=file]").setInputFiles(SAMPLE);
        assertThat(page.getByText("wolverhampton-schools.csv: 106 schools read. 103 new, 3 updated, 0 unchanged.")).isVisible();
        screenshot("school-import-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 106 schools into Wolverhampton Safeguarding Partnership")).click();
        assertThat(page.getByText("Imported. 103 new, 3 updated, 0 unchanged.")).isVisible();

        page.navigate(UI + "/assurance");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Audit tracker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a cycle")).click();
        page.getByLabel("Title").fill(CYCLE);
        page.getByLabel("Period").fill("2027/28");
        chooseInComboBox("Framework", "Schools' safeguarding audit (s175/s157) (S175, edition 1)", "Plan an audit cycle");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan cycle")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue to organisations")).click();
        assertThat(page.getByText("Issued to 106 organisations: each can now complete its return.")).isVisible();
        assertThat(page.getByText("0 of 106")).isVisible();

        switchUser("school.dsl");
        page.navigate(UI + "/returns");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CYCLE)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo Park Primary: " + CYCLE))).isVisible();
        var form = new ReturnForm(page, this::waitForServer);
        form.answerEverythingRequired();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and submit")).click();
        assertThat(page.getByText(Pattern.compile("^Sign-off is needed first from: Head teacher, Chair of governors"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep editing")).click();
        page.getByLabel("Name (Head teacher)").fill("Fatima Evans");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sign-off: Head teacher")).click();
        assertThat(page.getByText(Pattern.compile("^Head teacher: signed off by Fatima Evans on"))).isVisible();
        page.getByLabel("Name (Chair of governors)").fill("Rev. Hannah Hughes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sign-off: Chair of governors")).click();
        assertThat(page.getByText(Pattern.compile("^Chair of governors: signed off by Rev. Hannah Hughes on"))).isVisible();
        screenshot("school-signed-off");
        form.submit();
        String returnUrl = page.url();

        switchUser("admin");
        page.navigate(UI + "/assurance");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Audit tracker");
        assertThat(page.getByText("1 of 106")).isVisible();
        screenshot("school-tracker");

        switchUser("health.lead");
        page.navigate(returnUrl);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Return not found"))).isVisible();
    }
}
