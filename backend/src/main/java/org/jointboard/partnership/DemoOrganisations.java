package org.jointboard.partnership;

import static org.jointboard.partnership.BoardKind.ADULTS;
import static org.jointboard.partnership.BoardKind.CHILDREN;
import static org.jointboard.partnership.OrganisationKind.*;

import java.util.List;
import java.util.Set;

/**
 * The demo partnerships and organisations of DOMAIN.md §10. Names come from the board documents; the
 * schools and their URNs are invented. Codes match the {@code organisation} claims of the demo users.
 */
public final class DemoOrganisations {

    private DemoOrganisations() {
    }

    public static List<Partnership> partnerships() {
        return List.of(
                new Partnership("wolverhampton", "Wolverhampton Safeguarding Partnership", List.of(
                        new Board(CHILDREN, "Wolverhampton Safeguarding Children Board"),
                        new Board(ADULTS, "Wolverhampton Safeguarding Adults Board"))),
                new Partnership("walsall", "Walsall Safeguarding Partnership", List.of(
                        new Board(CHILDREN, "Walsall Safeguarding Children Board"))),
                new Partnership("warwickshire", "Warwickshire Safeguarding Partnership", List.of(
                        new Board(CHILDREN, "Warwickshire Safeguarding Children Board"),
                        new Board(ADULTS, "Warwickshire Safeguarding Adults Board"))),
                new Partnership("wiltshire", "Wiltshire Safeguarding Partnership", List.of(
                        new Board(CHILDREN, "Wiltshire Safeguarding Children Board"))),
                new Partnership("wirral", "Wirral Safeguarding Partnership", List.of(
                        new Board(CHILDREN, "Wirral Safeguarding Children Board"))));
    }

    public static List<Organisation> organisations() {
        return List.of(
                agency("wolverhampton-council", "Wolverhampton City Council", LOCAL_AUTHORITY, "wolverhampton"),
                agency("west-midlands-police", "West Midlands Police", POLICE, "wolverhampton", "walsall"),
                agency("wolverhampton-ccg", "Wolverhampton CCG", CCG, "wolverhampton"),
                agency("royal-wolverhampton-nhs", "Royal Wolverhampton NHS Trust", NHS_TRUST, "wolverhampton"),
                agency("black-country-partnership-ft", "Black Country Partnership Foundation Trust", NHS_TRUST, "wolverhampton"),
                agency("national-probation-service", "National Probation Service", PROBATION, "wolverhampton"),
                agency("cafcass", "CAFCASS", CAFCASS, "wolverhampton", "warwickshire"),
                agency("west-midlands-fire", "West Midlands Fire Service", FIRE, "wolverhampton"),
                agency("youth-organisations-wolverhampton", "Youth Organisations Wolverhampton", VOLUNTARY_SECTOR, "wolverhampton"),
                agency("city-of-wolverhampton-college", "City of Wolverhampton College", FE_COLLEGE, "wolverhampton"),
                agency("warwickshire-council", "Warwickshire County Council", LOCAL_AUTHORITY, "warwickshire"),
                agency("walsall-council", "Walsall Council", LOCAL_AUTHORITY, "walsall"),
                agency("wiltshire-council", "Wiltshire Council", LOCAL_AUTHORITY, "wiltshire"),
                agency("wirral-council", "Wirral Council", LOCAL_AUTHORITY, "wirral"),
                school("demo-park-primary", "Demo Park Primary", "demo-900001", SchoolPhase.PRIMARY, EstablishmentType.MAINTAINED),
                school("demo-vale-academy", "Demo Vale Academy", "demo-900002", SchoolPhase.SECONDARY, EstablishmentType.ACADEMY),
                school("demo-oaks-special", "Demo Oaks Special School", "demo-900003", SchoolPhase.SPECIAL, EstablishmentType.MAINTAINED));
    }

    private static Organisation agency(String code, String name, OrganisationKind kind, String... partnerships) {
        return new Organisation(code, new OrganisationDetails(name, kind, null, Set.of(partnerships)));
    }

    private static Organisation school(String code, String name, String urn, SchoolPhase phase, EstablishmentType type) {
        return new Organisation(code, new OrganisationDetails(name, SCHOOL, new School(urn, phase, type), Set.of("wolverhampton")));
    }
}
