package org.jointboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What durability costs: the same concurrent inserts into H2's background-committing backend and into the
 * commit-and-sync-before-reply one, in one run, printed as writes per second and their ratio. Not a timing
 * assertion (the machine's load varies); it asserts only that every write arrived.
 */
class DurableStoreThroughputBenchmarkTests {

    private static final int WRITERS = 8;
    private static final int WRITES = 1_600;

    @TempDir
    Path dir;

    @Test
    void printsWritesPerSecondWithAndWithoutSyncBeforeReply() throws Exception {
        run(new H2Backend(dir.resolve("warm-up.mv").toString()), 400);
        double background = run(new H2Backend(dir.resolve("background.mv").toString()), WRITES);
        double durable = run(new DurableH2Backend(dir.resolve("durable.mv").toString()), WRITES);
        System.out.printf("[benchmark] embedded store, %d inserts on %d threads: background commit %.0f writes/s, "
                + "commit+sync before reply %.0f writes/s (%.2f× the time per write)%n", WRITES, WRITERS, background, durable, background / durable);
    }

    private static double run(MongoBackend backend, int writes) throws Exception {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        var address = server.getLocalAddress();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> collection = client.getDatabase("bench").getCollection("writes");
            collection.insertOne(new Document("warm", true));
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            long started = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                int n = i;
                pool.submit(() -> collection.insertOne(new Document("n", n).append("name", "organisation " + n)));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            double perSecond = writes / ((System.nanoTime() - started) / 1e9);
            assertThat(collection.countDocuments()).isEqualTo(writes + 1L);
            return perSecond;
        } finally {
            server.shutdown();
        }
    }
}
