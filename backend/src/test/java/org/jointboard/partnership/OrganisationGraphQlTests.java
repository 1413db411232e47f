package org.jointboard.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointboard.partnership.PartnershipFixtures.agencyInput;
import static org.jointboard.partnership.PartnershipFixtures.schoolInput;
import static org.jointboard.partnership.PartnershipFixtures.updateInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.audit.AuditEvent;
import org.jointboard.audit.AuditFixtures;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

@BackendIntegrationTest
class OrganisationGraphQlTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    AuditFixtures auditEvents;

    Organisation police;
    Organisation walsallCouncil;
    Organisation trust;

    @BeforeEach
    void givenOrganisationsOfTwoPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
        police = partnershipFixtures.storeAgency("west-midlands-police", "West Midlands Police", OrganisationKind.POLICE, "wolverhampton", "walsall");
        walsallCouncil = partnershipFixtures.storeAgency("walsall-council", "Walsall Council", OrganisationKind.LOCAL_AUTHORITY, "walsall");
        trust = partnershipFixtures.storeAgency("royal-wolverhampton-nhs", "Royal Wolverhampton NHS Trust", OrganisationKind.NHS_TRUST, "wolverhampton");
    }

    @Test
    void eachUserListsOnlyOrganisationsServingTheirPartnerships() {
        assertThat(codesSeenBy(TestTokens.admin())).containsExactly("royal-wolverhampton-nhs", "walsall-council", "west-midlands-police");
        assertThat(codesSeenBy(TestTokens.policeLead())).containsExactly("royal-wolverhampton-nhs", "walsall-council", "west-midlands-police");
        assertThat(codesSeenBy(TestTokens.healthLead())).containsExactly("royal-wolverhampton-nhs", "west-midlands-police");
        assertThat(codesSeenBy(TestTokens.walsallAdmin())).containsExactly("walsall-council", "west-midlands-police");
    }

    @Test
    void anOrganisationOfAnotherPartnershipReadsAsAbsent() {
        as(TestTokens.healthLead()).documentName("organisation").variable("id", walsallCouncil.getId()).execute()
                .path("organisation").valueIsNull();
        as(TestTokens.walsallAdmin()).documentName("organisation").variable("id", trust.getId()).execute()
                .path("organisation").valueIsNull();
        as(TestTokens.healthLead()).documentName("organisation").variable("id", police.getId()).execute()
                .path("organisation.code").entity(String.class).isEqualTo("west-midlands-police");
    }

    /** An organisation's partnerships are shown as partnership(code) would show them: only the caller's own. */
    @Test
    void organisationsShowOnlyTheCallersPartnershipsTheyServe() {
        as(TestTokens.healthLead()).documentName("organisations").variable("filter", Map.of("name", "police")).execute()
                .path("organisations.edges[0].node.partnerships[*].code").entityList(String.class).containsExactly("wolverhampton");
        as(TestTokens.policeLead()).documentName("organisations").variable("filter", Map.of("name", "police")).execute()
                .path("organisations.edges[0].node.partnerships[*].code").entityList(String.class).containsExactly("walsall", "wolverhampton");
    }

    @Test
    void filtersByPartnershipKindAndName() {
        assertThat(codes(TestTokens.admin(), Map.of("partnership", "walsall"))).containsExactly("walsall-council", "west-midlands-police");
        assertThat(codes(TestTokens.admin(), Map.of("kind", "POLICE"))).containsExactly("west-midlands-police");
        assertThat(codes(TestTokens.admin(), Map.of("name", "WOLVERHAMPTON"))).containsExactly("royal-wolverhampton-nhs");
        assertThat(codes(TestTokens.healthLead(), Map.of("partnership", "walsall"))).isEmpty();
        assertThat(codes(TestTokens.admin(), Map.of("name", ".*"))).as("name is matched literally, not as a pattern").isEmpty();
    }

    @Test
    void pagesThroughEveryOrganisationOnceWithCursors() {
        for (int i = 0; i < 22; i++) {
            partnershipFixtures.storeAgency("vcs-%02d".formatted(i), "Voluntary group %02d".formatted(i), OrganisationKind.VOLUNTARY_SECTOR, "wolverhampton");
        }
        var seen = new ArrayList<String>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            var response = as(TestTokens.admin()).documentName("organisations").variable("first", 10).variable("after", after).execute();
            seen.addAll(response.path("organisations.edges[*].node.code").entityList(String.class).get());
            more = response.path("organisations.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("organisations.pageInfo.endCursor").entity(String.class).get();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(java.util.Comparator.comparing(code -> organisations.findAll().stream()
                .filter(o -> o.getCode().equals(code)).findFirst().orElseThrow().getName().toLowerCase()));
    }

    @Test
    void refusesPagesLargerThanTheLimit() {
        assertBadRequest(as(TestTokens.admin()).documentName("organisations").variable("first", 1000).execute(), "first");
    }

    @Test
    void boardAdminRegistersAnOrganisationAndTheChangeIsAudited() {
        var created = as(TestTokens.admin()).documentName("createOrganisation")
                .variable("input", agencyInput("black-country-ft", "  Black Country Partnership Foundation Trust ", "wolverhampton"))
                .execute();
        created.path("createOrganisation.organisation.name").entity(String.class).isEqualTo("Black Country Partnership Foundation Trust");
        created.path("createOrganisation.organisation.version").entity(Integer.class).isEqualTo(0);
        created.path("createOrganisation.organisation.partnerships[0].name").entity(String.class).isEqualTo("Wolverhampton Safeguarding Partnership");

        Organisation stored = organisations.findAll().stream().filter(o -> o.getCode().equals("black-country-ft")).findFirst().orElseThrow();
        List<AuditEvent> trail = auditEvents.of("Organisation", stored.getId());
        assertThat(trail).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("createOrganisation");
            assertThat(event.actorUsername()).isEqualTo("admin");
            assertThat(event.before()).isNull();
            assertThat(event.after().getString("name")).isEqualTo("Black Country Partnership Foundation Trust");
            assertThat(event.partnershipCodes()).containsExactly("wolverhampton");
        });
    }

    @Test
    void registersASchoolWithItsUrnPhaseAndType() {
        as(TestTokens.admin()).documentName("createOrganisation").variable("input", schoolInput("demo-vale", "Demo Vale Academy", "900002"))
                .execute().path("createOrganisation.organisation.school").matchesJson("""
                        {"urn": "900002", "phase": "PRIMARY", "establishmentType": "ACADEMY", "s157": true}""");
    }

    @Test
    void agencyLeadsChairsAndViewersCannotRegisterOrganisations() {
        for (String token : List.of(TestTokens.policeLead(), TestTokens.chair(), TestTokens.viewer(), TestTokens.noJointBoardRole())) {
            assertSingleError(as(token).documentName("createOrganisation")
                    .variable("input", agencyInput("new-trust", "New Trust", "wolverhampton")).execute(), "FORBIDDEN");
        }
        assertThat(organisations.count()).isEqualTo(3);
        assertThat(auditEvents.count()).isZero();
    }

    @Test
    void boardAdminCannotRegisterForAPartnershipTheyDoNotWorkFor() {
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("createOrganisation")
                .variable("input", agencyInput("new-trust", "New Trust", "walsall", "wolverhampton")).execute(), "FORBIDDEN");
        assertThat(organisations.count()).isEqualTo(3);
    }

    @Test
    void invalidInputNamesTheFieldAndWritesNothing() {
        var blankName = agencyInput("new-trust", " ", "wolverhampton");
        var badCode = agencyInput("New Trust!", "New Trust", "wolverhampton");
        var noPartnership = agencyInput("new-trust", "New Trust");
        var unknownPartnership = agencyInput("new-trust", "New Trust", "atlantis");
        var schoolWithoutDetails = agencyInput("new-school", "New School", "wolverhampton");
        schoolWithoutDetails.put("kind", "SCHOOL");
        var agencyWithSchoolDetails = schoolInput("new-trust", "New Trust", "900009");
        agencyWithSchoolDetails.put("kind", "NHS_TRUST");
        var badUrn = schoolInput("new-school", "New School", "12ab");
        var duplicateCode = agencyInput("walsall-council", "Another Walsall Council", "walsall");

        assertBadRequest(create(blankName), "name");
        assertBadRequest(create(badCode), "code");
        assertBadRequest(create(noPartnership), "partnershipCodes");
        assertBadRequest(create(unknownPartnership), "partnershipCodes");
        assertBadRequest(create(schoolWithoutDetails), "school");
        assertBadRequest(create(agencyWithSchoolDetails), "school");
        assertBadRequest(create(badUrn), "school.urn");
        assertBadRequest(create(duplicateCode), "code");
        assertThat(organisations.count()).isEqualTo(3);
        assertThat(auditEvents.count()).isZero();
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        var input = agencyInput("Bad Code", " ", "wolverhampton");
        assertThat(errors(create(input))).extracting(error -> error.getExtensions().get("field") + ":" + error.getErrorType())
                .containsExactly("code:BAD_REQUEST", "name:BAD_REQUEST");
    }

    @Test
    void inputThatDoesNotFitTheSchemaIsABadRequestNamingTheField() {
        var input = agencyInput("new-trust", "New Trust", "wolverhampton");
        input.put("kind", "SPACESHIP");
        assertThat(errors(create(input))).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).contains("SPACESHIP");
        });
        input.remove("kind");
        assertBadRequest(create(input), "kind");
        assertThat(organisations.count()).isEqualTo(3);
    }

    @Test
    void aSecondSchoolWithTheSameUrnIsRefused() {
        create(schoolInput("school-a", "School A", "900100")).errors().verify();
        assertBadRequest(create(schoolInput("school-b", "School B", "900100")), "school.urn");
    }

    @Test
    void updateRenamesAndBumpsTheVersion() {
        var input = updateInput(trust, 0);
        input.put("name", "The Royal Wolverhampton NHS Trust");
        as(TestTokens.admin()).documentName("updateOrganisation").variable("input", input).execute()
                .path("updateOrganisation.organisation.version").entity(Integer.class).isEqualTo(1);
        assertThat(organisations.findById(trust.getId()).orElseThrow().getName()).isEqualTo("The Royal Wolverhampton NHS Trust");
        assertThat(auditEvents.of("Organisation", trust.getId())).singleElement()
                .satisfies(event -> {
                    assertThat(event.before().getString("name")).isEqualTo("Royal Wolverhampton NHS Trust");
                    assertThat(event.after().getString("name")).isEqualTo("The Royal Wolverhampton NHS Trust");
                });
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        var first = updateInput(trust, 0);
        first.put("name", "First editor's name");
        as(TestTokens.admin()).documentName("updateOrganisation").variable("input", first).execute().errors().verify();

        var second = updateInput(trust, 0);
        second.put("name", "Second editor's name");
        assertSingleError(as(TestTokens.admin()).documentName("updateOrganisation").variable("input", second).execute(), "CONFLICT");
        assertThat(organisations.findById(trust.getId()).orElseThrow().getName()).isEqualTo("First editor's name");
        assertThat(auditEvents.count()).isEqualTo(1);
    }

    @Test
    void anAdminMayOnlyAddOrRemoveTheirOwnPartnerships() {
        var addWarwickshire = updateInput(police, 0);
        addWarwickshire.put("partnershipCodes", List.of("walsall", "wolverhampton", "warwickshire"));
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("updateOrganisation").variable("input", addWarwickshire).execute(), "FORBIDDEN");

        var rename = updateInput(police, 0);
        rename.put("name", "West Midlands Police (Walsall)");
        rename.put("partnershipCodes", List.of("walsall")); // all the Walsall admin can see
        as(TestTokens.walsallAdmin()).documentName("updateOrganisation").variable("input", rename).execute()
                .path("updateOrganisation.organisation.partnerships[*].code").entityList(String.class).containsExactly("walsall");
        assertThat(organisations.findById(police.getId()).orElseThrow().getPartnershipCodes())
                .as("Wolverhampton, which the Walsall admin cannot see, is kept").containsExactly("walsall", "wolverhampton");
    }

    @Test
    void updatingAnOrganisationOutsideYourPartnershipsIsNotFound() {
        assertSingleError(as(TestTokens.walsallAdmin()).documentName("updateOrganisation").variable("input", updateInput(trust, 0)).execute(), "NOT_FOUND");
        var unknown = updateInput(trust, 0);
        unknown.put("id", "no-such-id");
        assertSingleError(as(TestTokens.admin()).documentName("updateOrganisation").variable("input", unknown).execute(), "NOT_FOUND");
    }

    @Test
    void agencyLeadCannotUpdateOrganisations() {
        var input = updateInput(police, 0);
        input.put("name", "Renamed by the lead");
        assertSingleError(as(TestTokens.policeLead()).documentName("updateOrganisation").variable("input", input).execute(), "FORBIDDEN");
        assertThat(organisations.findById(police.getId()).orElseThrow().getName()).isEqualTo("West Midlands Police");
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Response create(Map<String, Object> input) {
        return as(TestTokens.admin()).documentName("createOrganisation").variable("input", input).execute();
    }

    private List<String> codesSeenBy(String token) {
        return codes(token, Map.of());
    }

    private List<String> codes(String token, Map<String, Object> filter) {
        return new ArrayList<>(as(token).documentName("organisations").variable("filter", filter).execute()
                .path("organisations.edges[*].node.code").entityList(String.class).get());
    }
}
