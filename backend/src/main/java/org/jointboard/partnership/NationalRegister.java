package org.jointboard.partnership;

import java.util.List;
import java.util.Set;

/**
 * Partnerships and organisations built as the partnership feature stores them, for the national-scale data generator
 * (the register import and the services build the same documents one at a time).
 */
public final class NationalRegister {

    private NationalRegister() {
    }

    /** A partnership with a joint board, or a children's and an adults' board. */
    public static Partnership partnership(String code, String name, boolean joint) {
        return new Partnership(code, name, joint ? List.of(new Board(BoardKind.JOINT, name + " Board"))
                : List.of(new Board(BoardKind.CHILDREN, name + " Children Board"), new Board(BoardKind.ADULTS, name + " Adults Board")));
    }

    public static Organisation agency(String code, String name, OrganisationKind kind, Set<String> partnershipCodes) {
        return new Organisation(code, new OrganisationDetails(name, kind, null, partnershipCodes));
    }

    public static Organisation school(String code, String name, String urn, SchoolPhase phase, EstablishmentType type, String partnershipCode) {
        return new Organisation(code, new OrganisationDetails(name, OrganisationKind.SCHOOL, new School(urn, phase, type), Set.of(partnershipCode)));
    }
}
