package org.jointboard.security;

import java.util.List;

/** The realm roles of DESIGN.md; Spring authorities carry them as {@code ROLE_<name>}. */
public final class Roles {

    public static final String BOARD_ADMIN = "BOARD_ADMIN";
    public static final String BOARD_CHAIR = "BOARD_CHAIR";
    public static final String EXECUTIVE_MEMBER = "EXECUTIVE_MEMBER";
    public static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";
    public static final String AGENCY_LEAD = "AGENCY_LEAD";
    /** A colleague in an agency who answers the sections of its return the lead assigns them; no submit, no feedback. */
    public static final String AGENCY_CONTRIBUTOR = "AGENCY_CONTRIBUTOR";
    public static final String SCHOOL_LEAD = "SCHOOL_LEAD";
    public static final String VIEWER = "VIEWER";

    public static final List<String> ALL = List.of(BOARD_ADMIN, BOARD_CHAIR, EXECUTIVE_MEMBER, COMMITTEE_MEMBER,
            AGENCY_LEAD, AGENCY_CONTRIBUTOR, SCHOOL_LEAD, VIEWER);

    /** The board's own staff and leaders: they read everything of their partnerships, including internal detail. */
    public static final List<String> BOARD_STAFF = List.of(BOARD_ADMIN, BOARD_CHAIR, EXECUTIVE_MEMBER);

    /**
     * Roles whose holder, when named a body's chair, runs its meetings. Being named never gives more than the role
     * allows: a viewer or an agency lead named chair stays without it.
     */
    public static final List<String> MAY_CHAIR = List.of(BOARD_CHAIR, EXECUTIVE_MEMBER, COMMITTEE_MEMBER);

    /** Roles whose holder, when named a risk's owner, reviews and re-scores it (DESIGN.md: executive members). */
    public static final List<String> MAY_OWN_RISKS = List.of(BOARD_CHAIR, EXECUTIVE_MEMBER);

    /**
     * Roles whose holder, when named an action's lead, records its progress (DESIGN.md: committee members and agency
     * leads update actions they lead). A viewer named lead stays read-only.
     */
    public static final List<String> MAY_LEAD_ACTIONS = List.of(BOARD_CHAIR, EXECUTIVE_MEMBER, COMMITTEE_MEMBER, AGENCY_LEAD, SCHOOL_LEAD);

    /** Roles that read a partnership's action plans (viewers the published ones only). */
    public static final List<String> READ_PLANS = List.of(BOARD_ADMIN, BOARD_CHAIR, EXECUTIVE_MEMBER, COMMITTEE_MEMBER, VIEWER);

    private Roles() {
    }
}
