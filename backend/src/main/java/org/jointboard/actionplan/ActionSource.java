package org.jointboard.actionplan;

/**
 * Where an action came from when a return's finding raised it: the return, the partnership whose review found the gap,
 * the standard, and the organisation (whose lead then sees the action), with a label kept as it was when raised.
 */
public record ActionSource(String returnId, String partnershipCode, String standardCode, String organisationCode, String label) {
}
