package org.jointboard.risk;

/** Something in place that reduces a risk, who owns it and how well it works. */
public record RiskControl(String description, String ownerPersonId, Effectiveness effectiveness) {

    public enum Effectiveness { EFFECTIVE, PARTIALLY_EFFECTIVE, INEFFECTIVE, NOT_TESTED }
}
