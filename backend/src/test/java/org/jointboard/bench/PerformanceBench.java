package org.jointboard.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side of {@code ./bench.sh}: measures a running backend from the outside, with a real token from Keycloak,
 * against the same store read with the raw MongoDB driver, and appends each figure to a results file (a key and a value
 * a line) that {@link PerformanceReport} turns into {@code docs/performance.md}. Commands:
 * <ul>
 * <li>{@code pages <label> <backend> <keycloak> <mongo-uri> <area> <results>}: P1 (each page query through GraphQL
 * against the raw driver), cold and the median of warm runs</li>
 * <li>{@code load <backend> <keycloak> <area> <mongo-uri> <results> <work-dir> <seconds>}: P4 with {@code wrk}</li>
 * <li>{@code memory <backend> <keycloak> <area> <mongo-uri> <results> <backend-pid>}: the heavy requests whose peak heap
 * the backend's GC log shows, each between two forced collections</li>
 * </ul>
 */
public final class PerformanceBench {

    static final int WARM_RUNS = 11;
    static final int WARM_UP_RUNS = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DOCUMENTS = Path.of("ui/src/main/resources/graphql-documents");

    private final String backend;
    private final Tokens tokens;
    private final MongoDatabase store;
    private final Path results;
    // HTTP/1.1 as a browser talks to it: the default (HTTP/2 over cleartext) asks to upgrade on every new connection
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    PerformanceBench(String backend, String keycloak, MongoDatabase store, Path results) {
        this.backend = backend;
        this.tokens = new Tokens(keycloak, http);
        this.store = store;
        this.results = results;
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "pages" -> withStore(args[4], store -> new PerformanceBench(args[2], args[3], store, Path.of(args[6])).pages(args[1], args[5]));
            case "load" -> withStore(args[4], store -> new PerformanceBench(args[1], args[2], store, Path.of(args[5]))
                    .load(args[3], Path.of(args[6]), Integer.parseInt(args[7])));
            case "memory" -> withStore(args[4], store -> new PerformanceBench(args[1], args[2], store, Path.of(args[5]))
                    .memory(args[3], Long.parseLong(args[6])));
            case "report" -> PerformanceReport.write(Path.of(args[1]), Path.of(args[2]));
            default -> throw new IllegalArgumentException("pages | load | memory | report");
        }
    }

    interface StoreWork {
        void run(MongoDatabase store) throws Exception;
    }

    private static void withStore(String uri, StoreWork work) throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            work.run(client.getDatabase("jointboard"));
        }
    }

    /** A page the ui shows: its GraphQL document and variables, and the same data read with the raw driver. */
    record Page(String key, String title, String document, Map<String, Object> variables, Supplier<Integer> raw) {
    }

    List<Page> pages(String area) {
        Document cycle = store.getCollection("auditCycles").find(new Document("partnershipCodes", area).append("frameworkCode", "S11"))
                .sort(new Document("dueOn", -1)).first();
        if (cycle == null) {
            throw new IllegalStateException("No Section 11 cycle for " + area + " in the store");
        }
        String cycleId = cycle.get("_id").toString();
        Document previous = store.getCollection("auditCycles").find(new Document("partnershipCodes", area).append("frameworkCode", "S11")
                .append("dueOn", new Document("$lt", cycle.get("dueOn")))).sort(new Document("dueOn", -1)).first();
        LocalDate today = LocalDate.now();
        var pages = new ArrayList<Page>();
        pages.add(new Page("returns", "Return list (first 50)", "cycleReturns", Map.of("cycle", cycleId, "partnership", area, "first", 50),
                () -> count(store.getCollection("auditReturns").find(new Document("cycleId", cycleId).append("partnershipCodes", area))
                        .projection(fields("organisationName", "state", "dueOn", "requiredAnswered", "requiredCount", "reviews"))
                        .sort(new Document("sortName", 1).append("_id", 1)).limit(50))));
        pages.add(new Page("tracker", "Cycle tracker", "cycleTracker", Map.of("cycle", cycleId, "partnership", area),
                () -> count(store.getCollection("returnTallies").find(new Document("_id", cycleId + "/" + area)))));
        pages.add(new Page("summary", "Compliance summary", "complianceSummary", Map.of("cycle", cycleId, "partnership", area), () -> {
            int read = count(store.getCollection("auditCycles").find(new Document("_id", cycle.get("_id"))));
            read += count(store.getCollection("frameworks").find(new Document("_id", new org.bson.types.ObjectId(cycle.getString("frameworkId")))));
            read += count(store.getCollection("returnTallies").find(new Document("_id", cycleId + "/" + area)));
            if (previous != null) {
                read += count(store.getCollection("returnTallies").find(new Document("_id", previous.get("_id").toString() + "/" + area)));
            }
            return read;
        }));
        pages.add(new Page("risks", "Risk register (first 50)", "riskRegister", Map.of("partnership", area, "first", 50),
                () -> count(store.getCollection("risks").find(new Document("partnershipCode", area))
                        .sort(new Document("residualScore", -1).append("reference", 1)).limit(50))));
        pages.add(new Page("overview", "Executive risk overview", "riskOverview", Map.of("partnership", area),
                () -> count(store.getCollection("risks").find(new Document("partnershipCode", area)))));
        pages.add(new Page("structure", "Structure", "structure", Map.of("partnership", area),
                () -> count(store.getCollection("committees").find(new Document("partnershipCodes", area)))));
        pages.add(new Page("attendance", "Attendance report (a year)", "attendanceReport",
                Map.of("partnership", area, "from", today.minusYears(1).toString(), "to", today.toString()),
                () -> count(store.getCollection("meetings").find(new Document("partnershipCodes", area).append("date",
                        new Document("$gte", java.util.Date.from(today.minusYears(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())))))));
        pages.add(new Page("organisations", "Organisations (first 50)", "organisations", Map.of("first", 50),
                () -> count(store.getCollection("organisations").find(new Document("partnershipCodes", new Document("$in", tokens.partnerships())))
                        .sort(new Document("sortName", 1).append("_id", 1)).limit(50))));
        return pages;
    }

    /** P1 (and P3 when run on two stores): each page through GraphQL and through the raw driver. */
    void pages(String label, String area) throws IOException {
        record("store." + label + ".returns", String.valueOf(store.getCollection("auditReturns").estimatedDocumentCount()));
        var measured = new ArrayList<Page>();
        measured.add(new Page("me", "Who am I (`me`: the token and the person, no page data)", "me", Map.of(), () -> 0));
        measured.addAll(pages(area));
        for (Page page : measured) {
            String body = body(page.document(), page.variables());
            long cold = timed(() -> graphql(body));
            warmUp(() -> graphql(body));
            warmUp(page.raw());
            long viaGraphql = wrkInstalled() ? oneAtATime(page.key(), body) : median(() -> graphql(body));
            long viaDriver = median(page.raw());
            record("P1." + label + "." + page.key() + ".title", page.title());
            record("P1." + label + "." + page.key() + ".cold_us", String.valueOf(cold));
            record("P1." + label + "." + page.key() + ".graphql_us", String.valueOf(viaGraphql));
            record("P1." + label + "." + page.key() + ".raw_us", String.valueOf(viaDriver));
            System.out.printf("[bench] %s %s: cold %.1f ms, GraphQL %.1f ms, raw driver %.1f ms%n", label, page.title(), cold / 1000.0,
                    viaGraphql / 1000.0, viaDriver / 1000.0);
        }
    }

    /**
     * The median time of one request at a time, measured by {@code wrk} on one connection for three seconds: the JDK's
     * HTTP client adds milliseconds of its own to each request (its thread hand-offs), which the raw driver does not.
     */
    private long oneAtATime(String key, String body) {
        try {
            Path script = Files.createTempFile("bench-" + key, ".lua");
            try {
                writeScript(script, body);
                var wrk = new ProcessBuilder("wrk", "-t1", "-c1", "-d3s", "--latency", "-s", script.toString(), backend + "/graphql")
                        .redirectErrorStream(true).start();
                String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                wrk.waitFor();
                return Math.round(WrkResult.parse(output).p50Millis() * 1000);
            } finally {
                Files.deleteIfExists(script); // it holds a token
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void writeScript(Path script, String body) throws IOException {
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.body = %s
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["Authorization"] = "Bearer %s"
                """.formatted(luaString(body), tokens.token()));
    }

    /** P4: {@code wrk} on a bare {@code me} and on each page query, the same connections and duration, one after another. */
    void load(String area, Path workDir, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        var targets = new LinkedHashMap<String, String>();
        targets.put("me", body("me", Map.of()));
        for (Page page : pages(area)) {
            targets.put(page.key(), body(page.document(), page.variables()));
        }
        for (var target : targets.entrySet()) {
            Path script = workDir.resolve(target.getKey() + ".lua");
            writeScript(script, target.getValue());
            var wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + seconds + "s", "--timeout", "60s", "--latency", "-s", script.toString(),
                    backend + "/graphql").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            wrk.waitFor();
            Files.delete(script); // it holds a token
            WrkResult result = WrkResult.parse(output);
            record("P4." + target.getKey() + ".rps", String.valueOf(result.requestsPerSecond()));
            record("P4." + target.getKey() + ".p99_ms", String.valueOf(result.p99Millis()));
            record("P4." + target.getKey() + ".errors", String.valueOf(result.errors()));
            System.out.printf("[bench] load %s: %.1f req/s, p99 %.1f ms, %d non-2xx or socket errors%n", target.getKey(), result.requestsPerSecond(),
                    result.p99Millis(), result.errors());
        }
    }

    /**
     * The heaviest requests, one at a time, each between two collections forced with {@code jcmd} so that the backend's GC
     * log shows each one's peak heap: importing 24,000 schools, the summary, and the largest export (every return with
     * its answers).
     */
    void memory(String area, long backendPid) throws IOException, InterruptedException {
        var csv = new StringBuilder("urn,name,phase,establishment_type,local_authority,head_teacher,dsl_name,dsl_email\n");
        for (int i = 0; i < 24_000; i++) {
            csv.append(3_000_000 + i).append(",Bench School ").append(i).append(",Primary,Academy,Benchshire,Head ").append(i)
                    .append(",Lead ").append(i).append(",dsl").append(i).append("@bench.test\n");
        }
        Page summary = pages(area).stream().filter(p -> p.key().equals("summary")).findFirst().orElseThrow();
        // the largest export: the area's schools' audit (a return per school), every answer
        String cycle = store.getCollection("auditCycles").find(new Document("partnershipCodes", area).append("frameworkCode", new Document("$ne", "S11")))
                .sort(new Document("dueOn", -1)).first().get("_id").toString();
        gc(backendPid);
        phase("import", backendPid, () -> graphql(body("schoolImport", Map.of("input", Map.of("partnership", area, "csv", csv.toString())),
                "importSchools")));
        phase("summary", backendPid, () -> graphql(body(summary.document(), summary.variables())));
        phase("export", backendPid, () -> download("/exports/returns?format=xlsx&answers=true&partnership=" + area + "&cycle="
                + URLEncoder.encode(cycle, StandardCharsets.UTF_8)));
    }

    /** One heavy request, then a forced collection that closes its stretch of the GC log; a failure is recorded, not thrown. */
    private void phase(String name, long backendPid, Supplier<Integer> request) throws IOException, InterruptedException {
        String outcome;
        try {
            outcome = String.valueOf(timed(request) / 1000);
        } catch (RuntimeException failed) {
            outcome = "failed: " + failed.getMessage();
        }
        record("MEM." + name + ".took_ms", outcome);
        System.out.printf("[bench] memory, %s: %s%n", name, outcome.matches("\\d+") ? outcome + " ms" : outcome);
        gc(backendPid);
    }

    private static void gc(long pid) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private int graphql(String body) {
        var response = send(HttpRequest.newBuilder(URI.create(backend + "/graphql")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.token()).timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        JsonNode json = JSON.readTree(response);
        if (json.has("errors")) {
            throw new IllegalStateException("GraphQL errors: " + json.get("errors"));
        }
        return response.length;
    }

    private int download(String path) {
        return send(HttpRequest.newBuilder(URI.create(backend + path)).header("Authorization", "Bearer " + tokens.token())
                .timeout(Duration.ofMinutes(10)).build()).length;
    }

    private byte[] send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String body(String documentName, Map<String, Object> variables) {
        return body(documentName, variables, null);
    }

    static String body(String documentName, Map<String, Object> variables, String operationName) {
        try {
            var request = new LinkedHashMap<String, Object>();
            request.put("query", Files.readString(DOCUMENTS.resolve(documentName + ".graphql")));
            request.put("variables", variables);
            if (operationName != null) {
                request.put("operationName", operationName);
            }
            return JSON.writeValueAsString(request);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String luaString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static Document fields(String... names) {
        var projection = new Document();
        for (String name : names) {
            projection.append(name, 1);
        }
        return projection;
    }

    private static int count(Iterable<Document> found) {
        int count = 0;
        for (Document ignored : found) {
            count++;
        }
        return count;
    }

    /** Runs it until the server's code for it is compiled: {@link #WARM_UP_RUNS} times, or for eight seconds if that is less. */
    static void warmUp(Supplier<Integer> run) {
        long until = System.nanoTime() + 8_000_000_000L;
        for (int i = 0; i < WARM_UP_RUNS && System.nanoTime() < until; i++) {
            run.get();
        }
    }

    /** The median of {@link #WARM_RUNS} runs, in microseconds. */
    static long median(Supplier<Integer> run) {
        var times = new ArrayList<Long>();
        for (int i = 0; i < WARM_RUNS; i++) {
            times.add(timed(run));
        }
        times.sort(null);
        return times.get(WARM_RUNS / 2);
    }

    static long timed(Supplier<Integer> run) {
        long started = System.nanoTime();
        run.get();
        return (System.nanoTime() - started) / 1_000;
    }

    private void record(String key, String value) throws IOException {
        Files.writeString(results, key + "\t" + value.replace('\t', ' ').replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
