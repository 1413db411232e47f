package org.jointboard.committee;

public enum MembershipRole { CHAIR, VICE_CHAIR, MEMBER, ADVISER, LAY_MEMBER, OBSERVER, SECRETARIAT }
