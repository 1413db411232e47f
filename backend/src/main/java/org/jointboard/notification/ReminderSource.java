package org.jointboard.notification;

import java.time.LocalDate;
import java.util.List;

/** A feature's open items with a date (returns not submitted, risks with a review date, open actions). */
public interface ReminderSource {

    NotificationKind kind();

    /** Open items whose date is on or before {@code horizon}, in one partnership (or all, if null). */
    List<DueItem> openBy(LocalDate horizon, String partnershipCode);
}
