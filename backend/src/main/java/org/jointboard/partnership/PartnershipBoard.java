package org.jointboard.partnership;

/** A board as the API shows it: one of a partnership's boards, knowing which partnership. */
public record PartnershipBoard(String partnershipCode, BoardKind kind, String name) {
}
