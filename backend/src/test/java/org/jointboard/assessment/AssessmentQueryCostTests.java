package org.jointboard.assessment;

import org.jointboard.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.AuditCycle.CycleDetails;
import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.OrganisationKind;
import org.jointboard.partnership.PartnershipFixtures;
import org.jointboard.support.MongoCommandCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The tracker, its first page of returns and the compliance summary cost the same database commands for 10 returns as for 1,000. */
@BackendIntegrationTest
@Import(MongoCommandCounter.Registration.class)
class AssessmentQueryCostTests extends GraphQlTestSupport {

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    FrameworkRepository frameworks;
    @Autowired
    AuditReturnRepository returns;
    @Autowired
    MongoCommandCounter commands;

    @Test
    void commandsDoNotGrowWithTheReturns() {
        List<String> small = commandsFor(10);
        List<String> large = commandsFor(1000);
        assertThat(large).isEqualTo(small);
    }

    private List<String> commandsFor(int returnCount) {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new org.bson.Document()));
        partnershipFixtures.storeDemoPartnerships();
        Framework framework = AssessmentFixtures.publishedSection11(frameworks);
        LocalDate due = TestClock.today().minusDays(2);
        AuditCycle last = cycle(framework, due.minusYears(1));
        AuditCycle now = cycle(framework, due);
        var batch = new ArrayList<AuditReturn>();
        for (int n = 0; n < returnCount; n++) {
            int i = n;
            Organisation agency = partnershipFixtures.storeAgency("agency-" + i, "Agency %04d".formatted(i), OrganisationKind.NHS_TRUST,
                    "wolverhampton", "walsall");
            for (AuditCycle cycle : List.of(last, now)) {
                var r = new AuditReturn(cycle, framework, agency, List.of("walsall", "wolverhampton"), Serves.BOTH, new Actor("t", "T"), TestClock.now());
                if (i % 3 != 0) {
                    AssessmentFixtures.answerAndSubmit(r, framework, s -> i % 2 == 0 ? "MET" : "PARTIALLY_MET", due.minusDays(i % 5));
                }
                batch.add(r);
            }
        }
        returns.insert(batch);
        commands.reset();
        long started = System.nanoTime();
        as(TestTokens.admin()).documentName("cycleTracker").variable("cycle", now.getId()).variable("partnership", "wolverhampton").execute()
                .path("cycleTracker.total").entity(Integer.class).isEqualTo(returnCount);
        long tracker = System.nanoTime();
        as(TestTokens.admin()).documentName("cycleReturns").variable("cycle", now.getId()).variable("partnership", "wolverhampton").variable("first", 50)
                .execute().path("cycleReturns.edges").entityList(Object.class).hasSize(Math.min(50, returnCount));
        long page = System.nanoTime();
        as(TestTokens.admin()).documentName("complianceSummary").variable("cycle", now.getId()).variable("partnership", "wolverhampton").execute()
                .path("complianceSummary.returnsReceived").entity(Integer.class).isEqualTo(returnCount - (returnCount + 2) / 3);
        List<String> sent = commands.all();
        System.out.printf("Tracker + first page + summary over %d returns: %d database commands %s; tracker %d ms, page %d ms, summary %d ms%n",
                returnCount, sent.size(), sent, (tracker - started) / 1_000_000, (page - tracker) / 1_000_000, (System.nanoTime() - page) / 1_000_000);
        return sent;
    }

    private AuditCycle cycle(Framework framework, LocalDate due) {
        var cycle = new AuditCycle(new CycleDetails("S11 " + due, "p", Set.of("wolverhampton", "walsall"), due.minusWeeks(8), due,
                Set.of(OrganisationKind.NHS_TRUST), Set.of(), Set.of()), framework);
        cycle.issued(0, TestClock.now(), "test");
        return mongo.insert(cycle);
    }
}
