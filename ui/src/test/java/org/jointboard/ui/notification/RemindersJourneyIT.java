package org.jointboard.ui.notification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Reminders in a browser, as the "done when" reads: the backend's first daily run (at start, as after
 * {@code ./run.sh}) has sent the demo's reminders; the business unit reads them on "Sent e-mail"; "Send reminders now"
 * sends nothing new; a change to the escalation ladder changes the preview. A chair has neither page.
 */
class RemindersJourneyIT extends BrowserJourney {

    @Test
    void theFirstRunsMessagesAreOnSentEmailSendingAgainSendsNothingAndTheLadderShapesThePreview() {
        signIn("admin");
        page.navigate(UI + "/reminders/sent");
        chooseInComboBox("Partnership", "Wolverhampton Safeguarding Partnership", "Sent e-mail");
        assertThat(page.getByText(Pattern.compile("^\\d+ messages? received by JointBoard's own mail server"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^Overdue: Youth Organisations Wolverhampton: Section 11 audit .* — to Tom Hughes")).first()).isVisible();
        assertThat(page.getByText(Pattern.compile("^Escalated: .* — to The business unit")).first()).isVisible();
        screenshot("sent-email");

        page.navigate(UI + "/reminders");
        assertThat(page.getByText(Pattern.compile("^Nothing new to send today \\(\\d+ already sent\\)\\."))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reminders now")).click();
        assertThat(page.getByText("Nothing new to send: everything due was sent already.")).isVisible();
        String before = page.getByText(Pattern.compile("^Nothing new to send today")).textContent();

        page.getByLabel("Tell the independent chair").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the settings")).click();
        assertThat(page.getByText(Pattern.compile("^Settings saved"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^Nothing new to send today"))).not().hasText(before);
        screenshot("reminders");
    }

    @Test
    void anExecutiveChoosesOneWeeklyDigestAndItIsSavedAtOnce() {
        signIn("exec");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My e-mail")).click();
        page.getByLabel("Send me one weekly digest instead of separate reminders about risk reviews and actions").check();
        assertThat(page.getByText("Saved: you will get one digest a week.")).isVisible();
        page.reload();
        assertThat(page.getByLabel("Send me one weekly digest instead of separate reminders about risk reviews and actions")).isChecked();
        page.getByLabel("Send me one weekly digest instead of separate reminders about risk reviews and actions").uncheck();
        assertThat(page.getByText("Saved: you will get each reminder as it falls due.")).isVisible();
    }

    @Test
    void aChairHasNoRemindersPages() {
        signIn("chair");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders"))).hasCount(0);
        page.navigate(UI + "/reminders/sent");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();
    }
}
