package org.jointboard.assessment;

/** What differs for one partnership, where a return covers several and an answer is not the same everywhere. */
public record Addendum(String partnershipCode, String text) {
}
