package org.jointboard.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every step the reminder run plans is said in words on the Reminders page (a step it did not know once failed the page). */
class ReminderStepsTests {

    @Test
    void everyStepInWords() {
        assertThat(NotificationClient.step("before", null)).isEqualTo("Before the date");
        assertThat(NotificationClient.step("due-today", null)).isEqualTo("On the day");
        assertThat(NotificationClient.step("overdue-0", null)).isEqualTo("Overdue");
        assertThat(NotificationClient.step("overdue-2", null)).isEqualTo("Overdue, reminder 3");
        assertThat(NotificationClient.step("digest", null)).isEqualTo("Weekly digest");
        assertThat(NotificationClient.step("returned-v4", null)).isEqualTo("Returned for changes");
        assertThat(NotificationClient.step("something-new", null)).isEqualTo("something-new");
    }
}
