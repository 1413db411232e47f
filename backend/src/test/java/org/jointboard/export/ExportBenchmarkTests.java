package org.jointboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.test.context.TestPropertySource;

/**
 * Figures, not assertions on time: the size and time of each export of the demo data, then a register of 25,000 risks
 * exported as Excel and CSV with the heap sampled while it is written. Run with {@code -Djointboard.bench=true}
 * ({@code ./mvnw -pl backend test -Dtest=ExportBenchmarkTests -Djointboard.bench=true}); it prints a table.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
@EnabledIfSystemProperty(named = "jointboard.bench", matches = "true")
class ExportBenchmarkTests extends DemoGraphQlTestSupport {

    private static final int ROWS = 25_000;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void printsSizesTimesAndPeakHeap() throws Exception {
        var lines = new ArrayList<String>();
        lines.add("| export | format | rows | bytes | ms | peak heap above baseline (MB) |");
        lines.add("| --- | --- | --- | --- | --- | --- |");
        String cycle = "&cycle=" + DemoAssessments.LAST_CYCLE;
        for (String path : List.of("returns?partnership=wolverhampton" + cycle + "&answers=true", "tracker?partnership=wolverhampton" + cycle,
                "compliance-summary?partnership=wolverhampton" + cycle, "risk-register?partnership=wolverhampton",
                "actions?partnership=wolverhampton", "action-exceptions?partnership=wolverhampton",
                "attendance?partnership=wolverhampton&from=2026-01-01&to=2026-12-31", "board-pack?partnership=wolverhampton&period=2026-Q4")) {
            measure(path, path.startsWith("board-pack") ? "pdf" : "xlsx", -1, lines);
        }

        Document template = mongo.getCollection("risks").find(new Document("partnershipCode", "wolverhampton")).first();
        var bulk = new ArrayList<Document>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            Document risk = new Document(template);
            risk.put("_id", new ObjectId().toHexString());
            risk.put("reference", String.format("B-%05d", i));
            risk.put("title", "Benchmark risk " + i + " with a title as long as a real one tends to be");
            // the last two reviews only: the in-memory test store holds every document in this JVM's heap too
            List<?> reviews = risk.getList("reviews", Object.class, List.of());
            risk.put("reviews", reviews.subList(Math.max(0, reviews.size() - 2), reviews.size()));
            risk.put("comments", List.of());
            bulk.add(risk);
        }
        long insert = System.nanoTime();
        for (int from = 0; from < ROWS; from += 1_000) {
            mongo.getCollection("risks").insertMany(bulk.subList(from, from + 1_000));
        }
        lines.add("(inserted " + ROWS + " risks in " + (System.nanoTime() - insert) / 1_000_000 + " ms)");
        bulk.clear();
        measure("risk-register?partnership=wolverhampton", "xlsx", ROWS, lines);
        measure("risk-register?partnership=wolverhampton&format=csv", "csv", ROWS, lines);
        System.out.println("\n" + String.join("\n", lines) + "\n");
    }

    private void measure(String path, String format, int atLeast, List<String> lines) throws Exception {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(baseline);
        var sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long start = System.nanoTime();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/exports/" + path))
                .header("Authorization", "Bearer " + TestTokens.admin()).build(), HttpResponse.BodyHandlers.ofByteArray());
        long ms = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        int rows = rows(response.body(), format);
        if (atLeast > 0) {
            assertThat(rows).isGreaterThanOrEqualTo(atLeast);
        }
        System.out.println("measured " + path + " in " + ms + " ms");
        lines.add("| " + path.replaceAll("\\?.*", "") + " | " + format + " | " + (rows < 0 ? "" : rows) + " | " + response.body().length + " | " + ms
                + " | " + (peak.get() - baseline) / (1024 * 1024) + " |");
    }

    private static int rows(byte[] body, String format) throws Exception {
        return switch (format) {
            case "csv" -> (int) new String(body, java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
            case "xlsx" -> { // counted in the first sheet's XML as it streams, so the count itself holds no workbook in memory
                var file = java.nio.file.Files.createTempFile("export", ".xlsx");
                java.nio.file.Files.write(file, body);
                try (var zip = new java.util.zip.ZipFile(file.toFile());
                        var scanner = new java.util.Scanner(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")), java.nio.charset.StandardCharsets.UTF_8)) {
                    yield (int) scanner.findAll("<row ").count() - 1;
                } finally {
                    java.nio.file.Files.delete(file);
                }
            }
            default -> -1;
        };
    }
}
