package org.jointboard.ui.committee;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Plain-English names for the backend's committee values, and dates as people in England write them. */
final class CommitteeLabels {

    static final Map<String, String> KINDS = Map.of("BOARD", "Board", "EXECUTIVE_GROUP", "Executive group", "COMMITTEE", "Committee",
            "SUB_GROUP", "Sub-group", "PANEL", "Panel", "TASK_AND_FINISH_GROUP", "Task and finish group", "FORUM", "Forum");
    static final Map<String, String> ROLES = Map.of("CHAIR", "Chair", "VICE_CHAIR", "Vice-chair", "MEMBER", "Member", "ADVISER", "Adviser",
            "LAY_MEMBER", "Lay member", "OBSERVER", "Observer", "SECRETARIAT", "Secretariat");
    static final Map<String, String> SERVES = Map.of("CHILDREN", "Children", "ADULTS", "Adults", "BOTH", "Children and adults");
    static final Map<String, String> ATTENDANCE = Map.of("PRESENT", "Present", "APOLOGIES", "Apologies", "ABSENT", "Absent",
            "DEPUTY", "Deputy");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CommitteeLabels() {
    }

    static String of(Map<String, String> labels, String value) {
        return value == null ? "" : labels.getOrDefault(value, value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
