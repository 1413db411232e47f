package org.jointboard.assessment;

import java.time.LocalDate;

/** What the organisation will do to meet a standard better: what, who leads it, by when. */
public record ImprovementAction(String standardCode, String action, String lead, LocalDate dueBy, boolean done) {
}
