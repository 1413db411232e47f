package org.jointboard.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.assessment.DemoAssessments;
import org.jointboard.support.StoreSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

/**
 * A store written by an earlier version keeps improvement actions on its returns: at start they become actions of the
 * improvement plan, filed under the return's partnerships with the return as source, and leave the return; a second
 * start (or a crash between the two writes) takes none twice.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class LegacyImprovementActionsTests {

    private static final String POLICE = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-police");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    private final StoreSnapshot[] demo = new StoreSnapshot[1];

    @AfterEach
    void restore() {
        demo[0].restore();
    }

    @Test
    void improvementActionsOnAReturnAreTakenOverOnceAtStart() throws Exception {
        demo[0] = StoreSnapshot.of(mongo);
        var legacy = List.of(new Document("standardCode", "S11-5").append("action", "Refresh training for custody staff").append("lead", "Head of learning")
                .append("dueBy", java.util.Date.from(java.time.Instant.parse("2027-03-31T00:00:00Z"))).append("done", false),
                new Document("standardCode", "S11-8").append("action", "Escalation policy briefing").append("lead", "DCI").append("done", true));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(POLICE)), new Update().set("actions", legacy), "auditReturns");
        Query handedOver = Query.query(Criteria.where("_id").is("improvement-actions-handover"));
        mongo.remove(handedOver, "completedMigrations"); // a store from before the hand-over
        ApplicationRunner handover = context.getBean("improvementActionsHandover", ApplicationRunner.class);
        handover.run(null);
        assertThat(mongo.exists(handedOver, "completedMigrations")).as("done once, not looked for again at each start").isTrue();
        // as if a crash had left one already taken over before the hand-over was recorded as done
        mongo.updateFirst(Query.query(Criteria.where("_id").is(POLICE)), new Update().set("actions", legacy), "auditReturns");
        mongo.remove(handedOver, "completedMigrations");
        handover.run(null);

        List<Document> taken = mongo.find(Query.query(Criteria.where("source.returnId").is(POLICE)), Document.class, "actions");
        assertThat(taken).extracting(d -> d.getString("title")).containsExactlyInAnyOrder("Refresh training for custody staff", "Escalation policy briefing");
        assertThat(taken).allSatisfy(d -> {
            assertThat(d.getList("partnershipCodes", String.class)).containsExactlyInAnyOrder("wolverhampton", "walsall");
            assertThat(d.get("source", Document.class).getString("organisationCode")).isEqualTo("west-midlands-police");
        });
        assertThat(taken).filteredOn(d -> d.getString("title").startsWith("Escalation")).singleElement()
                .satisfies(d -> assertThat(d.getString("status")).isEqualTo("COMPLETE"));
        assertThat(taken).filteredOn(d -> d.getString("title").startsWith("Refresh")).singleElement()
                .satisfies(d -> assertThat(d.getString("leadName")).isEqualTo("Head of learning"));
        assertThat(mongo.findById(POLICE, Document.class, "auditReturns").containsKey("actions")).as("the return lets go of them").isFalse();
    }
}
