package org.jointboard.assessment;

/**
 * A standard's ratings as one partnership sees them, kept on the return so summaries are database aggregations.
 * The effective rating is the moderated one where there is one, else the self-rating.
 */
public record AreaRating(String partnershipCode, String standardCode, String self, String moderated, String effective,
        boolean selfAboveModerated) {
}
