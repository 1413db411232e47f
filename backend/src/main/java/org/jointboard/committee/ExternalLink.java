package org.jointboard.committee;

/** A body outside the partnership that this one works with, e.g. the Health and Wellbeing Board. */
public record ExternalLink(String name, LinkType type) {

    public enum LinkType { HEALTH_AND_WELLBEING_BOARD, COMMUNITY_SAFETY_PARTNERSHIP, CHILDRENS_TRUST, SAFEGUARDING_BOARD, OTHER }
}
