package org.jointboard.assessment;

/**
 * A standard of a return that one partnership's review found wanting: rated not met or partially met (moderated where
 * moderated, else as self-rated), or self-rated above the moderated rating. What an action or a risk raised from it
 * carries as its source.
 */
public record ReturnGap(String returnId, String partnershipCode, String standardCode, String standardTitle, String organisationCode,
        String organisationName, String cycleId, String cycleTitle, String rating, String why) {

    /** For example "West Midlands Police, Section 11 audit 2025/26, S11-8 Information sharing: Partially met". */
    public String label() {
        return organisationName + ", " + cycleTitle + ", " + standardCode + " " + standardTitle + ": " + rating;
    }
}
