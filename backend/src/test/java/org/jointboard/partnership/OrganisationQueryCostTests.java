package org.jointboard.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.jointboard.support.MongoCommandCounter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A page of organisations with their partnerships costs the same number of database commands for 5 rows as for 100. */
@BackendIntegrationTest
@Import(MongoCommandCounter.Registration.class)
class OrganisationQueryCostTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    MongoCommandCounter commands;

    @ParameterizedTest
    @ValueSource(ints = { 5, 100 })
    void onePageOfOrganisationsWithPartnershipsIsTwoFinds(int rows) {
        partnershipFixtures.storeDemoPartnerships();
        List<String> everyPartnership = List.of("wolverhampton", "walsall", "warwickshire", "wiltshire", "wirral");
        for (int i = 0; i < rows; i++) {
            partnershipFixtures.storeAgency("org-%03d".formatted(i), "Organisation %03d".formatted(i),
                    OrganisationKind.VOLUNTARY_SECTOR, everyPartnership.get(i % 5), everyPartnership.get((i + 1) % 5));
        }
        commands.reset();

        as(TestTokens.admin()).documentName("organisations").variable("first", 100).execute()
                .path("organisations.edges").entityList(Object.class).hasSize(rows);

        assertThat(commands.named("find")).as(commands.all().toString()).hasSize(2)
                .anySatisfy(c -> assertThat(c).isEqualTo("find organisations"))
                .anySatisfy(c -> assertThat(c).isEqualTo("find partnerships"));
    }
}
