package org.jointboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's non-unique indexes find exactly what a full read finds, through inserts, updates, removals and
 * (in the file store) a restart, and the file store keeps them in the file rather than rebuilding them at start.
 */
class SecondaryIndexTests {

    private static final List<String> AREAS = List.of("wolverhampton", "walsall", "wirral");

    @TempDir
    Path dataDir;

    @Test
    void inMemoryTheIndexFindsWhatAFullReadFinds() {
        withStore(new IndexedMemoryBackend(), returns -> {
            fill(returns);
            assertSameAsAFullRead(returns);
            change(returns);
            assertSameAsAFullRead(returns);
        });
    }

    @Test
    void inTheFileStoreTheIndexIsKeptAcrossARestart() {
        String file = dataDir.resolve("store.mv").toString();
        withStore(new DurableH2Backend(file), returns -> {
            fill(returns);
            change(returns);
            assertSameAsAFullRead(returns);
        });
        withStore(new DurableH2Backend(file), returns -> {
            Document stats = database.runCommand(new Document("collStats", "auditReturns"));
            assertThat(stats.get("indexSize", Document.class).get("cycle", Number.class).longValue())
                    .as("entries read from the file, not rebuilt").isEqualTo(returns.countDocuments());
            assertSameAsAFullRead(returns);
            returns.deleteMany(Filters.eq("cycleId", "cycle-1"));
            assertSameAsAFullRead(returns);
        });
    }

    private com.mongodb.client.MongoDatabase database;

    private void withStore(MongoBackend backend, java.util.function.Consumer<MongoCollection<Document>> work) {
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            database = client.getDatabase("jointboard");
            MongoCollection<Document> returns = database.getCollection("auditReturns");
            returns.createIndex(Indexes.ascending("cycleId", "state"), new IndexOptions().name("cycle"));
            returns.createIndex(Indexes.ascending("partnershipCodes", "sortName"), new IndexOptions().name("area"));
            returns.createIndex(Indexes.ascending("score"), new IndexOptions().name("score"));
            returns.createIndex(Indexes.ascending("reviewedOn"), new IndexOptions().name("reviewed"));
            returns.createIndex(Indexes.ascending("review.by"), new IndexOptions().name("reviewer"));
            work.accept(returns);
        } finally {
            server.shutdownNow();
        }
    }

    private static void fill(MongoCollection<Document> returns) {
        var documents = new ArrayList<Document>();
        for (int i = 0; i < 300; i++) {
            var document = new Document("_id", i % 2 == 0 ? new ObjectId() : "return-" + i)
                    .append("cycleId", "cycle-" + (i % 7))
                    .append("state", i % 3 == 0 ? "SUBMITTED" : "IN_PROGRESS")
                    .append("partnershipCodes", i % 5 == 0 ? List.of() : List.of(AREAS.get(i % 3), AREAS.get((i + 1) % 3)))
                    .append("sortName", "organisation " + (300 - i))
                    .append("score", i % 4 == 0 ? (Object) (i % 10) : (Object) (double) (i % 10)) // 3 and 3.0 are equal
                    .append("reviewedOn", new Date(1_700_000_000_000L + (i % 4) * 86_400_000L))
                    .append("review", i % 6 == 0 ? null : new Document("by", "moderator-" + (i % 4)));
            if (i % 11 == 0) {
                document.remove("cycleId"); // missing: never found by a cycle, as in a full read
            }
            documents.add(document);
        }
        returns.insertMany(documents);
    }

    /** Moves documents between indexed values, removes some and adds others. */
    private static void change(MongoCollection<Document> returns) {
        returns.updateMany(Filters.eq("cycleId", "cycle-2"), Updates.set("cycleId", "cycle-3"));
        returns.updateMany(Filters.eq("partnershipCodes", "walsall"), Updates.pull("partnershipCodes", "walsall"));
        returns.updateMany(Filters.eq("score", 4), Updates.set("score", 4.5));
        returns.updateMany(Filters.eq("review.by", "moderator-1"), Updates.unset("review"));
        returns.deleteMany(Filters.eq("cycleId", "cycle-5"));
        returns.insertOne(new Document("_id", "late").append("cycleId", "cycle-5").append("partnershipCodes", List.of("walsall")).append("score", 4L));
    }

    private static void assertSameAsAFullRead(MongoCollection<Document> returns) {
        List<Document> all = returns.find().into(new ArrayList<>());
        assertFinds(returns, all, Filters.eq("cycleId", "cycle-3"), d -> "cycle-3".equals(d.get("cycleId")));
        assertFinds(returns, all, Filters.and(Filters.eq("cycleId", "cycle-1"), Filters.eq("state", "SUBMITTED")),
                d -> "cycle-1".equals(d.get("cycleId")) && "SUBMITTED".equals(d.get("state")));
        assertFinds(returns, all, Filters.in("cycleId", "cycle-0", "cycle-5", "no-such-cycle"),
                d -> "cycle-0".equals(d.get("cycleId")) || "cycle-5".equals(d.get("cycleId")));
        for (String area : AREAS) {
            assertFinds(returns, all, Filters.eq("partnershipCodes", area), d -> d.getList("partnershipCodes", String.class, List.of()).contains(area));
        }
        assertFinds(returns, all, Filters.eq("score", 3), d -> d.get("score") instanceof Number n && n.doubleValue() == 3);
        assertFinds(returns, all, Filters.eq("score", 4L), d -> d.get("score") instanceof Number n && n.doubleValue() == 4);
        assertFinds(returns, all, Filters.eq("reviewedOn", new Date(1_700_000_000_000L + 86_400_000L)),
                d -> d.getDate("reviewedOn") != null && d.getDate("reviewedOn").getTime() == 1_700_000_000_000L + 86_400_000L);
        assertFinds(returns, all, Filters.eq("review.by", "moderator-2"),
                d -> d.get("review") instanceof Document review && "moderator-2".equals(review.get("by")));
        var page = returns.find(Filters.eq("partnershipCodes", "wirral")).sort(new Document("sortName", 1)).limit(5).into(new ArrayList<>());
        assertThat(page).extracting(d -> d.getString("sortName")).isSortedAccordingTo(String::compareTo).hasSize(5);
    }

    private static void assertFinds(MongoCollection<Document> returns, List<Document> all, Bson filter, Predicate<Document> matches) {
        List<Object> expected = all.stream().filter(matches).map(d -> d.get("_id")).map(Object::toString).sorted().map(Object.class::cast).toList();
        List<Object> found = returns.find(filter).into(new ArrayList<>()).stream().map(d -> d.get("_id")).map(Object::toString).sorted()
                .map(Object.class::cast).toList();
        assertThat(found).as(filter.toString()).isEqualTo(expected);
    }
}
