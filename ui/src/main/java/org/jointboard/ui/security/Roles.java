package org.jointboard.ui.security;

/** The realm roles, as the UI names them in {@code @RolesAllowed} and {@code hasRole}. */
public final class Roles {

    public static final String BOARD_ADMIN = "BOARD_ADMIN";
    public static final String BOARD_CHAIR = "BOARD_CHAIR";
    public static final String EXECUTIVE_MEMBER = "EXECUTIVE_MEMBER";
    public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";
    public static final String AGENCY_LEAD = "AGENCY_LEAD";
    public static final String AGENCY_CONTRIBUTOR = "AGENCY_CONTRIBUTOR";
    public static final String SCHOOL_LEAD = "SCHOOL_LEAD";
    public static final String VIEWER = "VIEWER";

    private Roles() {
    }
}
