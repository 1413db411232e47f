package org.jointboard.partnership;

import java.util.List;
import java.util.Set;

/**
 * Demo people of DOMAIN.md §2 and §10, identified by role; names are invented. Some are linked to demo
 * logins: the independent chair ({@code chair}), the Strategic Director ({@code exec}), the lay advisor
 * ({@code viewer}) and the business manager ({@code admin}).
 */
public final class DemoPeople {

    public static final String INDEPENDENT_CHAIR = "demo-wolv-independent-chair";
    public static final String STRATEGIC_DIRECTOR = "demo-wolv-strategic-director";
    public static final String HEAD_OF_SAFEGUARDING = "demo-wolv-head-of-safeguarding";
    public static final String DCI_PPU = "demo-wolv-dci-ppu";
    public static final String LOCAL_POLICING = "demo-wolv-local-policing";
    public static final String NAMED_NURSE = "demo-wolv-named-nurse";
    public static final String DESIGNATED_NURSE = "demo-wolv-designated-nurse";
    public static final String DESIGNATED_DOCTOR = "demo-wolv-designated-doctor";
    public static final String CCG_DIRECTOR = "demo-wolv-ccg-director";
    public static final String YOW_COORDINATOR = "demo-wolv-yow-coordinator";
    public static final String PROBATION = "demo-wolv-probation";
    public static final String FIRE = "demo-wolv-fire";
    public static final String COLLEGE = "demo-wolv-college";
    public static final String HEADTEACHER = "demo-wolv-headteacher";
    public static final String LAY_ADVISOR = "demo-wolv-lay-advisor";
    public static final String BUSINESS_MANAGER = "demo-wolv-business-manager";
    public static final String CAFCASS = "demo-wolv-cafcass";
    public static final String WARW_CHAIR = "demo-warw-independent-chair";
    public static final String WARW_HEAD_OF_SAFEGUARDING = "demo-warw-head-of-safeguarding";
    public static final String WARW_CCG_LEAD = "demo-warw-ccg-lead";
    public static final String WARW_CAFCASS = "demo-warw-cafcass";
    public static final String WARW_BUSINESS_MANAGER = "demo-warw-business-manager";
    public static final String WILT_CHAIR = "demo-wilt-independent-chair";
    public static final String WILT_QA_LEAD = "demo-wilt-qa-lead";
    public static final String WILT_WORKFORCE_LEAD = "demo-wilt-workforce-lead";

    private DemoPeople() {
    }

    public static List<Person> people() {
        return List.of(
                person(INDEPENDENT_CHAIR, "Chris Chair", "Independent Chair", null, "chair", "wolverhampton"),
                person(STRATEGIC_DIRECTOR, "Eve Exec", "Strategic Director, People", "wolverhampton-council", "exec", "wolverhampton"),
                person(HEAD_OF_SAFEGUARDING, "Harriet Osei", "Head of Safeguarding Services", "wolverhampton-council", null, "wolverhampton"),
                person(DCI_PPU, "Daniel Price", "Detective Chief Inspector, Public Protection Unit", "west-midlands-police", null, "wolverhampton", "walsall"),
                person(LOCAL_POLICING, "Imran Shah", "Inspector, Local Policing", "west-midlands-police", "police.officer", "wolverhampton"),
                person(NAMED_NURSE, "Nadia Khan", "Named Nurse, Safeguarding Children", "royal-wolverhampton-nhs", null, "wolverhampton"),
                person(DESIGNATED_NURSE, "Grace Bello", "Designated Nurse", "wolverhampton-ccg", null, "wolverhampton"),
                person(DESIGNATED_DOCTOR, "Dr Sam Patel", "Designated Doctor", "wolverhampton-ccg", null, "wolverhampton"),
                person(CCG_DIRECTOR, "Ruth Evans", "Executive Director, Nursing and Quality", "wolverhampton-ccg", null, "wolverhampton", "walsall"),
                person(YOW_COORDINATOR, "Tom Hughes", "Coordinator, Youth Organisations Wolverhampton", "youth-organisations-wolverhampton", null, "wolverhampton"),
                person(PROBATION, "Angela Moore", "Senior Probation Officer", "national-probation-service", null, "wolverhampton"),
                person(FIRE, "Mark Lewis", "Station Commander", "west-midlands-fire", null, "wolverhampton"),
                person(COLLEGE, "Joy Adeyemi", "Safeguarding Lead", "city-of-wolverhampton-college", null, "wolverhampton"),
                person(HEADTEACHER, "Paul Wright", "Head Teacher", "demo-park-primary", null, "wolverhampton"),
                person(LAY_ADVISOR, "Vic Viewer", "Lay Advisor", null, "viewer", "wolverhampton"),
                person(BUSINESS_MANAGER, "Alex Admin", "Business and Training Manager", "wolverhampton-council", "admin", "wolverhampton"),
                person(CAFCASS, "Helen Ward", "Service Manager", "cafcass", null, "wolverhampton", "warwickshire"),
                person(WARW_CHAIR, "Margaret Hill", "Independent Chair (children's and adults' boards)", null, null, "warwickshire"),
                person(WARW_HEAD_OF_SAFEGUARDING, "Owen Clarke", "Head of Safeguarding", "warwickshire-council", null, "warwickshire"),
                person(WARW_CCG_LEAD, "Priya Nair", "CCG Safeguarding Lead", null, null, "warwickshire"),
                person(WARW_BUSINESS_MANAGER, "Alex Admin", "Board Manager", "warwickshire-council", "admin", "warwickshire"),
                person(WILT_CHAIR, "Richard Stone", "Independent Chair", null, null, "wiltshire"),
                person(WILT_QA_LEAD, "Fiona Grant", "Quality Assurance Lead", "wiltshire-council", null, "wiltshire"),
                person(WILT_WORKFORCE_LEAD, "Kate Morris", "Workforce Development Manager", "wiltshire-council", null, "wiltshire"),
                person(WARW_CAFCASS, "Ben Turner", "Service Manager", "cafcass", null, "warwickshire"));
    }

    private static Person person(String id, String name, String jobTitle, String organisation, String username, String... partnerships) {
        String email = name.toLowerCase().replace("dr ", "").replace(' ', '.') + "@jointboard.example";
        return new Person(id, new PersonDetails(name, jobTitle, organisation, email, username, Set.of(partnerships)));
    }
}
