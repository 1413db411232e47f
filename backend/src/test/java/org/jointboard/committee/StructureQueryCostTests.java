package org.jointboard.committee;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;


import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.partnership.BoardKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.support.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The structure tree with every chair costs the same number of database commands for 5 committees as for 50. */
@BackendIntegrationTest
@Import(MongoCommandCounter.Registration.class)
class StructureQueryCostTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    CommitteeRepository committees;
    @Autowired
    MongoCommandCounter commands;

    @Test
    void commandsDoNotGrowWithTheNumberOfCommittees() {
        assertThat(commandsForStructureOf(5)).isEqualTo(commandsForStructureOf(50));
    }

    private int commandsForStructureOf(int committeeCount) {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new org.bson.Document()));
        partnershipFixtures.storeDemoPartnerships();
        Committee board = CommitteeFixtures.storeBody(committees, "board", BodyKind.BOARD, BoardKind.CHILDREN, "Board", null, "wolverhampton");
        for (int i = 0; i < committeeCount; i++) {
            String personId = "chair-" + i;
            partnershipFixtures.storePerson(personId, "Chair " + i, null, null, "wolverhampton");
            Committee body = CommitteeFixtures.storeBody(committees, "c-" + i, BodyKind.COMMITTEE, null, "Committee " + i,
                    i % 2 == 0 ? board : committees.findById("c-" + (i - 1)).orElseThrow(), "wolverhampton");
            CommitteeFixtures.seat(committees, body, personId, MembershipRole.CHAIR, null, TestClock.today().minusYears(1));
        }
        commands.reset();
        var response = as(TestTokens.viewer()).documentName("structure").variable("partnership", "wolverhampton").execute();
        response.path("partnershipStructure[0].children").entityList(Object.class).hasSize((committeeCount + 1) / 2);
        response.path("partnershipStructure[0].children[0].committee.chair.name").entity(String.class).isEqualTo("Chair 0");
        int count = commands.all().size();
        System.out.printf("Structure over %d committees: %d database commands %s%n", committeeCount, count, commands.all());
        return count;
    }
}
