package org.jointboard.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one statement of when an item is chased: a reminder {@code daysBefore} its date, one on the day, one the day
 * after and then every {@code repeatEveryDays} while it is overdue, and each rung of the escalation ladder once it is
 * that many days overdue. Each step has a name of its own, so the log can hold it once.
 */
final class ReminderPlanner {

    private ReminderPlanner() {
    }

    record Step(String name, EscalationLevel level, long daysOverdue) { }

    static List<Step> steps(DueItem item, NotificationSettings settings, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, item.deadline());
        var steps = new ArrayList<Step>();
        if (daysLeft > 0 && daysLeft <= settings.getDaysBefore()) {
            steps.add(new Step("before", null, 0));
        } else if (daysLeft == 0) {
            steps.add(new Step("due-today", null, 0));
        } else if (daysLeft < 0) {
            long overdue = -daysLeft;
            steps.add(new Step("overdue-" + (overdue / settings.getRepeatEveryDays()), null, overdue));
            for (NotificationSettings.Step rung : settings.getEscalation()) {
                if (overdue >= rung.afterDaysOverdue()) {
                    steps.add(new Step("escalated-" + rung.level().name().toLowerCase(java.util.Locale.ROOT), rung.level(), overdue));
                }
            }
        }
        return steps;
    }
}
