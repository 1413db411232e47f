package org.jointboard.partnership;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;

/** Builds stored partnerships and organisations for tests, and valid mutation inputs to vary. */
public final class PartnershipFixtures {

    private PartnershipFixtures() {
    }

    public static void storeDemoPartnerships(PartnershipRepository partnerships) {
        partnerships.insert(DemoOrganisations.partnerships());
    }

    public static Organisation storeAgency(OrganisationRepository organisations, String code, String name,
            OrganisationKind kind, String... partnershipCodes) {
        return organisations.insert(new Organisation(code, new OrganisationDetails(name, kind, null, Set.of(partnershipCodes))));
    }

    public static Organisation storeSchool(OrganisationRepository organisations, String code, String name, String urn) {
        return organisations.insert(new Organisation(code, new OrganisationDetails(name, OrganisationKind.SCHOOL,
                new School(urn, SchoolPhase.PRIMARY, EstablishmentType.MAINTAINED), Set.of("wolverhampton"))));
    }

    public static Person storePerson(org.jointboard.partnership.internal.PersonRepository people, String id, String name,
            String organisationCode, String username, String... partnershipCodes) {
        return people.insert(new Person(id, new PersonDetails(name, null, organisationCode, null, username, Set.of(partnershipCodes))));
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
