package org.jointboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jointboard.common.RejectedCommand;
import org.junit.jupiter.api.Test;

/** When an item is chased, as {@link ReminderPlanner} states it, and the settings' own rules. */
class ReminderPlannerTests {

    private static final LocalDate DUE = LocalDate.of(2027, 3, 31);
    private static final DueItem RETURN = item(false);
    private static final DueItem SCHOOLS = item(true);

    @Test
    void aWeekBeforeOnTheDayThenEachRepeatAndEachRungOnce() {
        var settings = NotificationSettings.defaults("p");
        assertThat(names(DUE.minusDays(8), settings)).isEmpty();
        assertThat(names(DUE.minusDays(7), settings)).containsExactly("before");
        assertThat(names(DUE.minusDays(1), settings)).containsExactly("before");
        assertThat(names(DUE, settings)).containsExactly("due-today");
        assertThat(names(DUE.plusDays(1), settings)).containsExactly("overdue-0");
        assertThat(names(DUE.plusDays(7), settings)).containsExactly("overdue-1");
        assertThat(names(DUE.plusDays(13), settings)).containsExactly("overdue-1");
        assertThat(names(DUE.plusDays(14), settings)).containsExactly("overdue-2", "escalated-owning_body_chair");
        assertThat(names(DUE.plusDays(42), settings)).containsExactly("overdue-6", "escalated-owning_body_chair", "escalated-business_unit",
                "escalated-independent_chair");
    }

    @Test
    void aSchoolsAuditIsNotChasedInAQuietPeriodAndOthersAre() {
        var settings = NotificationSettings.defaults("p");
        settings.change(7, 7, NotificationSettings.DEFAULT_LADDER, null, Set.of(), DayOfWeek.MONDAY,
                List.of(new NotificationSettings.QuietPeriod("Easter holidays", DUE.minusDays(3), DUE.plusDays(10))));
        assertThat(settings.chases(SCHOOLS, DUE)).isFalse();
        assertThat(settings.chases(SCHOOLS, DUE.plusDays(11))).isTrue();
        assertThat(settings.chases(RETURN, DUE)).isTrue();
    }

    @Test
    void badSettingsAreRefusedAtTheirField() {
        var settings = NotificationSettings.defaults("p");
        assertThatThrownBy(() -> settings.change(7, 0, List.of(), null, Set.of(), null, List.of())).extracting(e -> ((RejectedCommand) e).field())
                .isEqualTo("repeatEveryDays");
        assertThatThrownBy(() -> settings.change(7, 7, List.of(), null, Set.of(), null,
                List.of(new NotificationSettings.QuietPeriod("Summer", DUE, DUE.minusDays(1))))).extracting(e -> ((RejectedCommand) e).field())
                .isEqualTo("quietPeriods[0].to");
        assertThatThrownBy(() -> settings.change(7, 7, List.of(new NotificationSettings.Step(EscalationLevel.BUSINESS_UNIT, 10),
                new NotificationSettings.Step(EscalationLevel.BUSINESS_UNIT, 20)), null, Set.of(), null, List.of())).extracting(e -> ((RejectedCommand) e).field())
                .isEqualTo("escalation[1].level");
        assertThat(settings.getRepeatEveryDays()).as("a refused change changes nothing").isEqualTo(NotificationSettings.DEFAULT_REPEAT_DAYS);
    }

    private static List<String> names(LocalDate day, NotificationSettings settings) {
        return ReminderPlanner.steps(RETURN, settings, day).stream().map(ReminderPlanner.Step::name).toList();
    }

    private static DueItem item(boolean school) {
        return new DueItem(NotificationKind.RETURN, "r1", "A return", "p", DUE, "/returns/r1", DueItem.RecipientRef.organisation("o"), null, school);
    }
}
