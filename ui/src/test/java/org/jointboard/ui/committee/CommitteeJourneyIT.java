package org.jointboard.ui.committee;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Boards and committees in a browser: a board admin builds a sub-group with members, records a meeting's
 * attendance and sees the organisation's rate move; a viewer reads but cannot change; an executive member
 * of one partnership sees nothing of another.
 */
class CommitteeJourneyIT extends BrowserJourney {

    @Test
    void adminBuildsASubGroupRecordsAttendanceAndSeesTheOrganisationsRateMove() throws Exception {
        signIn("admin");
        int[] policeBefore = policeAttendance();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Boards and committees")).first().click();
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Boards and committees");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WSCB Executive"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a body")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Neglect Sub-group");
        chooseInComboBox("Reports to", "Quality & Performance Committee", "Add a body to Wolverhampton Safeguarding Partnership");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Neglect Sub-group"))).isVisible();

        addMember("Chris Chair", "Chair");
        addMember("Daniel Price", "Member");
        assertThat(visible("Daniel Price").first()).isVisible();

        page.getByLabel("Date of the new meeting").fill(LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByLabel("Date of the new meeting").press("Enter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule meeting")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Attendance"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark everyone present")).click();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Daniel Price")))
                .getByRole(AriaRole.RADIO, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Deputy")).check();
        page.getByLabel("Deputy's name").fill("DS Jones");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance")).click();
        assertThat(page.getByText("Attendance saved")).isVisible();
        screenshot("meeting-attendance");

        int[] policeAfter = policeAttendance();
        assertThat(policeAfter[0]).isEqualTo(policeBefore[0] + 1);
        assertThat(policeAfter[1]).isEqualTo(policeBefore[1] + 1);
    }

    @Test
    void aViewerSeesTheStructureButCannotChangeAnything() {
        signIn("viewer");
        page.navigate(UI + "/structure");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality & Performance Committee"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a body"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality & Performance Committee")).click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/committees/wolv-qpc"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members"))).isVisible();
        assertThat(page.getByText("Terms of reference, version", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule meeting"))).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(" – Quality & Performance Committee$")))
                .first().click();
        assertThat(page.getByText("Only the chair and the business unit record attendance.")).isVisible();
        assertThat(page.getByText("restricted paper, not shown to you", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance"))).hasCount(0);
    }

    @Test
    void anExecutiveMemberSeesNothingOfAnotherPartnership() {
        signIn("exec");
        page.navigate(UI + "/structure");
        page.getByLabel("Partnership", new Page.GetByLabelOptions().setExact(true)).click();
        assertThat(page.getByRole(AriaRole.OPTION)).hasCount(1);
        page.navigate(UI + "/committees/warw-qpme");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boards and committees"))).isVisible();
        assertThat(page.getByText("Quality, Performance, Monitoring and Evaluation")).hasCount(0);
    }

    private void addMember(String person, String role) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();
        String heading = "Add a member to Neglect Sub-group";
        chooseInComboBox("Person", person, heading);
        chooseInComboBox("Role", role, heading);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))).hasCount(0);
    }

    /** West Midlands Police's attended and expected meetings, read from the downloaded CSV of the attendance page. */
    private int[] policeAttendance() throws Exception {
        page.navigate(UI + "/attendance");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Attendance");
        // only Wolverhampton's report has this row; the new download link comes in the same server response
        assertThat(visible("Youth Organisations Wolverhampton").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).click();
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance as CSV (.csv)")).getAttribute("href");
        var response = page.request().get(UI + "/" + href);
        assertThat(response.status()).as(response.statusText() + " " + response.text()).isEqualTo(200);
        assertThat(response.headers().get("content-disposition")).contains("attachment").contains("wolverhampton-attendance-").contains(".csv");
        List<String> lines = response.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFOrganisation,Attended,Expected,Rate (%)");
        String police = lines.stream().filter(line -> line.startsWith("West Midlands Police,")).findFirst().orElseThrow();
        String[] cells = police.split(",");
        return new int[] { Integer.parseInt(cells[1]), Integer.parseInt(cells[2]) };
    }
}
