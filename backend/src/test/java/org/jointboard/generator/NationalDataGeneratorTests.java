package org.jointboard.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The generator at a small size: what it writes is what the services read (the compliance summary counts its submitted
 * returns), the same seed writes the same data and another seed other data, and it refuses a store that has data.
 */
@BackendIntegrationTest
class NationalDataGeneratorTests extends GraphQlTestSupport {

    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void theServicesReadWhatItWritesAndASeedWritesTheSameDataEachTime() {
        generator(7).generate();
        assertThat(mongo.getCollection("partnerships").countDocuments()).isEqualTo(3);
        assertThat(mongo.getCollection("organisations").countDocuments()).isEqualTo(40 + 60);
        assertThat(mongo.getCollection("auditCycles").countDocuments()).isEqualTo(3 * 2 + 3);
        assertThat(mongo.getCollection("risks").countDocuments()).isEqualTo(3 * 18);
        assertThat(mongo.getCollection("people").countDocuments()).isEqualTo(3 * 12);
        assertThat(mongo.getCollection("committees").countDocuments()).isEqualTo(3 * 7);
        assertThat(mongo.getCollection("actionPlans").countDocuments()).isEqualTo(3);
        assertThat(mongo.getCollection("actions").countDocuments()).isEqualTo(300);
        String admin = TestTokens.token("gen.admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"));
        as(admin).documentName("structure").variable("partnership", "wolverhampton").execute()
                .path("partnershipStructure[0].children[0].children[*].committee.name").entityList(String.class).hasSize(5);
        as(admin).documentName("attendanceReport").variable("partnership", "wolverhampton").variable("from", TestClock.today().minusYears(1).toString())
                .variable("to", TestClock.today().toString()).execute().path("attendanceReport.byCommittee").entityList(Object.class).hasSize(7);
        Document cycle = mongo.getCollection("auditCycles").find(new Document("partnershipCodes", "wolverhampton").append("frameworkCode", "S11"))
                .sort(new Document("dueOn", 1)).first();
        long submitted = mongo.getCollection("auditReturns").countDocuments(new Document("cycleId", cycle.get("_id").toString())
                .append("firstSubmittedAt", new Document("$ne", null)));
        assertThat(submitted).isPositive();
        as(TestTokens.token("gen.admin", List.of("BOARD_ADMIN"), null, List.of("wolverhampton"))).documentName("complianceSummary")
                .variable("cycle", cycle.get("_id").toString()).variable("partnership", "wolverhampton").execute()
                .path("complianceSummary.returnsReceived").entity(Long.class).isEqualTo(submitted);
        List<String> first = content();
        assertThatThrownBy(() -> generator(7).generate()).hasMessageContaining("empty store");

        emptyStore();
        generator(7).generate();
        assertThat(content()).isEqualTo(first);
        emptyStore();
        generator(8).generate();
        assertThat(content()).isNotEqualTo(first);
    }

    private void emptyStore() {
        mongo.getCollectionNames().forEach(name -> mongo.getCollection(name).deleteMany(new Document()));
    }

    private NationalDataGenerator generator(long seed) {
        return new NationalDataGenerator(new GeneratorProperties(true, 3, 40, 60, 2, 1, true, true, 300, seed), mongo, json, clock, context);
    }

    /** Every return by organisation and cycle title with its state and ratings, and every action's status: what a seed decides. */
    private List<String> content() {
        var content = mongo.getCollection("auditReturns").find().map(d -> d.getString("organisationCode") + "|" + d.getString("cycleTitle") + "|"
                + d.getString("state") + "|" + d.getInteger("requiredAnswered") + "|" + d.getList("areaRatings", Document.class).stream()
                        .map(r -> r.getString("effective")).toList()).into(new java.util.ArrayList<>());
        mongo.getCollection("actions").find().map(d -> d.getString("reference") + "|" + d.getString("status") + "|" + d.get("dueOn"))
                .into(content);
        return content.stream().sorted().toList();
    }
}
