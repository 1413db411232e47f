package org.jointboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

/**
 * Figures, not assertions on time: a 20 MB evidence file uploaded to and downloaded from GridFS on the embedded store,
 * three times each. Run with {@code -Djointboard.bench=true}; it prints a table.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
@EnabledIfSystemProperty(named = "jointboard.bench", matches = "true")
class EvidenceBenchmarkTests extends DemoGraphQlTestSupport {

    private static final String POLICE = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-police");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void printsUploadAndDownloadTimesOfATwentyMegabyteFile() throws Exception {
        byte[] pdf = new byte[20 * 1024 * 1024];
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pdf, 0, head.length);
        byte[] noise = new byte[1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, pdf, head.length, noise.length); // a megabyte of noise, the rest zeros
        var http = HttpClient.newHttpClient();
        var lines = new ArrayList<String>(java.util.List.of("| run | upload ms | download ms | bytes |", "| --- | --- | --- | --- |"));
        long version = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Authorization", "Bearer " + TestTokens.policeLead()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ auditReturn(id: \\\"" + POLICE + "\\\") { version } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("data").path("auditReturn").path("version").asLong();
        for (int run = 1; run <= 3; run++) {
            String boundary = "----bench" + UUID.randomUUID();
            var body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"questionCode\"\r\n\r\nS11-1.4\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version + "\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"policy " + run + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(pdf);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            long start = System.nanoTime();
            var uploaded = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evidence/" + POLICE))
                    .header("Authorization", "Bearer " + TestTokens.policeLead()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            long uploadMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            var payload = JSON.readTree(uploaded.body());
            version = payload.path("version").asLong();
            start = System.nanoTime();
            var downloaded = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evidence/" + POLICE + "/"
                    + payload.path("file").path("id").asString())).header("Authorization", "Bearer " + TestTokens.admin()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long downloadMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(downloaded.body()).isEqualTo(pdf);
            lines.add("| " + run + " | " + uploadMs + " | " + downloadMs + " | " + downloaded.body().length + " |");
        }
        System.out.println("\n" + String.join("\n", lines) + "\n");
    }
}
