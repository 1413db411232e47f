package org.jointboard.risk;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.risk.internal.RiskRepository;
import org.jointboard.support.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The register's first page and the executive overview cost the same database commands for 20 risks as for 2,000. */
@BackendIntegrationTest
@Import(MongoCommandCounter.Registration.class)
class RiskQueryCostTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    RiskRepository risks;
    @Autowired
    MongoCommandCounter commands;

    @Test
    void commandsDoNotGrowWithTheRegister() {
        List<String> small = commandsFor(20);
        List<String> large = commandsFor(2000);
        assertThat(large).isEqualTo(small);
    }

    private List<String> commandsFor(int riskCount) {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new org.bson.Document()));
        partnershipFixtures.storeDemoPartnerships();
        RiskSettings settings = RiskSettings.defaults("wolverhampton");
        var batch = new ArrayList<Risk>();
        for (int i = 0; i < riskCount; i++) {
            String owner = "owner-" + (i % 10);
            if (i < 10) {
                partnershipFixtures.storePerson(owner, "Owner " + i, null, null, "wolverhampton");
            }
            var risk = new Risk("wolverhampton", "R-2026-%04d".formatted(i), TestClock.today().minusMonths(6));
            risk.describe(new RiskDescription("Risk " + i, null, null, null, "Finance", Risk.RiskScope.BOTH, owner, null,
                    new RiskScore(5, 5), new RiskScore(1 + i % 5, 1 + (i / 5) % 5), null, null, null, List.of(), List.of()), settings);
            risk.review(TestClock.today().minusMonths(1), owner, "Owner", new RiskScore(1 + (i + 1) % 5, 1 + (i / 5) % 5), "", "", settings);
            batch.add(risk);
        }
        risks.insert(batch);
        commands.reset();
        long started = System.nanoTime();
        as(TestTokens.exec()).documentName("riskRegister").variable("partnership", "wolverhampton").variable("first", 50).execute()
                .path("riskRegister.edges").entityList(Object.class).hasSize(Math.min(50, riskCount));
        as(TestTokens.exec()).documentName("riskOverview").variable("partnership", "wolverhampton")
                .variable("since", TestClock.today().minusMonths(2).toString()).execute()
                .path("riskOverview.heatMap").entityList(Object.class).hasSize(25);
        List<String> sent = commands.all();
        System.out.printf("Register page + overview over %d risks: %d database commands %s, %d ms%n", riskCount, sent.size(), sent,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }
}
