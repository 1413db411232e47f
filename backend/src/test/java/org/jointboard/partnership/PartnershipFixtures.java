package org.jointboard.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.jointboard.partnership.internal.PersonRepository;

import org.springframework.boot.test.context.TestComponent;

/**
 * The partnership feature's published test fixture: other features' tests store partnerships, organisations and people
 * through it (a bean of every {@code @BackendIntegrationTest}), never through this feature's repositories; and valid
 * mutation inputs to vary.
 */
@TestComponent
public class PartnershipFixtures {

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final PersonRepository people;

    PartnershipFixtures(PartnershipRepository partnerships, OrganisationRepository organisations, PersonRepository people) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.people = people;
    }

    public void storeDemoPartnerships() {
        partnerships.insert(DemoOrganisations.partnerships());
    }

    /** Every demo organisation (agencies and schools of DOMAIN.md §10). */
    public void storeDemoOrganisations() {
        organisations.insert(DemoOrganisations.organisations());
    }

    public Organisation storeAgency(String code, String name, OrganisationKind kind, String... partnershipCodes) {
        return organisations.insert(agency(code, name, kind, partnershipCodes));
    }

    /** An agency not stored, for plain unit tests of other features' records. */
    public static Organisation agency(String code, String name, OrganisationKind kind, String... partnershipCodes) {
        return new Organisation(code, new OrganisationDetails(name, kind, null, Set.of(partnershipCodes)));
    }

    public Organisation storeSchool(String code, String name, String urn) {
        return organisations.insert(new Organisation(code, new OrganisationDetails(name, OrganisationKind.SCHOOL,
                new School(urn, SchoolPhase.PRIMARY, EstablishmentType.MAINTAINED), Set.of("wolverhampton"))));
    }

    public Person storePerson(String id, String name, String organisationCode, String username, String... partnershipCodes) {
        return people.insert(new Person(id, new PersonDetails(name, null, organisationCode, null, username, Set.of(partnershipCodes))));
    }

    public long organisationCount() {
        return organisations.count();
    }

    public static Map<String, Object> agencyInput(String code, String name, String... partnershipCodes) {
        var input = new HashMap<String, Object>();
        input.put("code", code);
        input.put("name", name);
        input.put("kind", "NHS_TRUST");
        input.put("partnershipCodes", new ArrayList<>(List.of(partnershipCodes)));
        return input;
    }

    public static Map<String, Object> schoolInput(String code, String name, String urn) {
        var input = agencyInput(code, name, "wolverhampton");
        input.put("kind", "SCHOOL");
        input.put("school", Map.of("urn", urn, "phase", "PRIMARY", "establishmentType", "ACADEMY"));
        return input;
    }

    public static Map<String, Object> updateInput(Organisation organisation, long version) {
        var input = new HashMap<String, Object>();
        input.put("id", organisation.getId());
        input.put("version", version);
        input.put("name", organisation.getName());
        input.put("kind", organisation.getKind().name());
        input.put("partnershipCodes", new ArrayList<>(organisation.getPartnershipCodes()));
        return input;
    }
}
