package org.jointboard.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Figures on a store the generator filled (opt-in: {@code -Djointboard.bench.store=data-national}): the main assessment
 * page queries for one area's open Section 11 cycle through GraphQL with a token, against the same documents read with
 * the raw driver, each the median of three runs after a first, cold one. Prints; asserts nothing about time.
 */
@BackendIntegrationTest
@EnabledIfSystemProperty(named = "jointboard.bench.store", matches = ".+")
@TestPropertySource(properties = { "jointboard.store.embedded.mode=file", "jointboard.store.embedded.data-dir=${jointboard.bench.store}",
        "spring.mvc.async.request-timeout=30m" })
class NationalScaleBenchmarkTests {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void pageQueriesAgainstTheRawDriver() {
        String area = System.getProperty("jointboard.bench.area", "wolverhampton");
        Document cycle = mongo.getCollection("auditCycles").find(new Document("partnershipCodes", area).append("frameworkCode", "S11"))
                .sort(new Document("dueOn", -1)).first();
        String cycleId = cycle.get("_id").toString();
        long returns = mongo.getCollection("auditReturns").countDocuments();
        // a fresh token for each request: a run at national scale outlasts one token's life
        Supplier<HttpGraphQlTester> graphql = () -> HttpGraphQlTester.builder(WebTestClient.bindToServer().baseUrl("http://localhost:" + port
                + "/graphql").responseTimeout(java.time.Duration.ofMinutes(30)).codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)))
                .header("Authorization", "Bearer " + TestTokens.token("bench.admin", List.of("BOARD_ADMIN"), null, List.of(area))).build();
        var lines = new java.util.ArrayList<String>() {
            @Override
            public boolean add(String line) {
                System.out.println("[national] " + line); // as it is measured: a run can take many minutes
                return super.add(line);
            }
        };
        lines.add("store: %d returns in all; %s, cycle %s (%s)".formatted(returns, area, cycleId, cycle.getString("title")));
        lines.add("first tracker call (cold): %d ms".formatted(time(() -> graphql.get().documentName("cycleTracker").variable("cycle", cycleId)
                .variable("partnership", area).execute().path("cycleTracker.total").entity(Integer.class).get())));
        compare(lines, "tracker", () -> graphql.get().documentName("cycleTracker").variable("cycle", cycleId).variable("partnership", area).execute()
                .path("cycleTracker.total").entity(Integer.class).get(), () -> raw(cycleId, area, null, 0));
        compare(lines, "returns, first page of 50", () -> graphql.get().documentName("cycleReturns").variable("cycle", cycleId).variable("partnership", area)
                .variable("first", 50).execute().path("cycleReturns.edges").entityList(Object.class).get().size(),
                () -> raw(cycleId, area, new Document("organisationName", 1).append("state", 1).append("dueOn", 1).append("requiredCount", 1)
                        .append("requiredAnswered", 1), 50));
        compare(lines, "compliance summary", () -> graphql.get().documentName("complianceSummary").variable("cycle", cycleId).variable("partnership", area)
                .execute().path("complianceSummary.returnsReceived").entity(Integer.class).get(), () -> raw(cycleId, area, null, 0));
    }

    private int raw(String cycleId, String area, Document projection, int limit) {
        var found = mongo.getCollection("auditReturns").find(new Document("cycleId", cycleId).append("partnershipCodes", area));
        if (projection != null) {
            found = found.projection(projection).sort(new Document("sortName", 1).append("_id", 1));
        }
        if (limit > 0) {
            found = found.limit(limit);
        }
        int count = 0;
        for (Document ignored : found) {
            count++;
        }
        return count;
    }

    private static void compare(List<String> lines, String what, Supplier<Integer> graphql, Supplier<Integer> raw) {
        long viaGraphql = median(graphql);
        long viaDriver = median(raw);
        lines.add("%s: GraphQL %d ms, raw driver %d ms, ratio %.1f×".formatted(what, viaGraphql, viaDriver, viaGraphql / Math.max(1.0, viaDriver)));
    }

    /** The median of three warm runs (a run at national scale on the embedded store can take a minute). */
    private static long median(Supplier<Integer> run) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            times.add(time(run));
        }
        times.sort(null);
        return times.get(1);
    }

    private static long time(Supplier<Integer> run) {
        long started = System.nanoTime();
        run.get();
        return (System.nanoTime() - started) / 1_000_000;
    }
}
