package org.jointboard.assessment;

/**
 * One level of a framework's rating scale.
 *
 * @param rank higher is better; 0 means the level is not a judgement (not applicable) and is left out of percentages
 * @param met whether this level counts as meeting the standard
 */
public record RatingLevel(String value, String label, Rag rag, int rank, boolean met) {
}
