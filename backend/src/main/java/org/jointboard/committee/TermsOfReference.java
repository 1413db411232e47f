package org.jointboard.committee;

import java.time.LocalDate;

/** A body's terms of reference: the text, its version and when it is next due for review. */
public record TermsOfReference(String text, String version, LocalDate nextReviewDate) {
}
