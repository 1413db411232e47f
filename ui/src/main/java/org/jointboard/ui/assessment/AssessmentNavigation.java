package org.jointboard.ui.assessment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.router.RouteParameters;

/** Links between the assessment pages, and how they write dates. */
public final class AssessmentNavigation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private AssessmentNavigation() {
    }

    public static RouteParameters auditReturn(String id) {
        return new RouteParameters("returnId", id);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String progress(int answered, int required) {
        return answered + " of " + required + " required questions answered";
    }
}
