package org.jointboard.risk;

/** The return's gap a risk was raised from, with a label kept as it was then. */
public record RiskSource(String returnId, String standardCode, String label) {
}
