package org.jointboard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

/**
 * Evidence files from the outside, on the demo's West Midlands Police return of this year (not started): upload and
 * download through GridFS on the embedded store, the real type from Tika, the limits (set low here), who may touch
 * whose files, a stale version, and that a file counts as the evidence answer in the return's progress.
 */
@BackendIntegrationTest
@TestPropertySource(properties = { "jointboard.demo-data.enabled=true", "jointboard.evidence.max-file-size=64KB",
        "jointboard.evidence.max-return-size=100KB" })
class EvidenceTests extends DemoGraphQlTestSupport {

    private static final String POLICE = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-police");
    private static final String HEALTH = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "royal-wolverhampton-nhs");
    private static final String SUBMITTED = DemoAssessments.returnId(DemoAssessments.CURRENT_CYCLE, "west-midlands-fire");
    private static final String QUESTION = "S11-1.4";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = pdf();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPdfGoesInComesOutTheSameCountsAsTheEvidenceAnswerAndIsGoneWhenRemoved() throws Exception {
        JsonNode before = returnOf(TestTokens.policeLead(), POLICE);
        long version = before.path("version").asLong();
        int answered = before.path("requiredAnswered").asInt();

        var uploaded = upload(TestTokens.policeLead(), POLICE, QUESTION, version, "Safeguarding policy 2026.pdf", PDF);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode payload = JSON.readTree(uploaded.body());
        assertThat(payload.path("file").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(payload.path("file").path("typeLabel").asString()).isEqualTo("PDF");
        assertThat(payload.path("file").path("sha256").asString()).isEqualTo(sha256(PDF));
        assertThat(payload.path("version").asLong()).isEqualTo(version + 1);
        assertThat(payload.path("requiredAnswered").asInt()).as("the file answers the evidence question").isEqualTo(answered + 1);
        String fileId = payload.path("file").path("id").asString();

        JsonNode listed = returnOf(TestTokens.admin(), POLICE).path("evidence").get(0);
        assertThat(listed.path("name").asString()).isEqualTo("Safeguarding policy 2026.pdf");
        assertThat(listed.path("size").asLong()).isEqualTo(PDF.length);
        assertThat(listed.path("uploadedByName").asString()).isNotBlank();

        for (String reader : new String[] { TestTokens.policeLead(), TestTokens.admin(), TestTokens.chair() }) {
            var download = download(reader, POLICE, fileId);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(PDF);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
            assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains("Safeguarding");
            assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        }
        assertError(download(TestTokens.healthLead(), POLICE, fileId), 404, "NOT_FOUND", null);
        assertError(download(TestTokens.viewer(), POLICE, fileId), 403, "FORBIDDEN", null);
        assertError(download(TestTokens.walsallAdmin(), POLICE, "0123456789abcdef01234567"), 404, "NOT_FOUND", null);

        assertError(delete(TestTokens.admin(), POLICE, fileId, version + 1), 403, "FORBIDDEN", null);
        assertError(delete(TestTokens.policeLead(), POLICE, fileId, version), 409, "CONFLICT", null);
        var removed = delete(TestTokens.policeLead(), POLICE, fileId, version + 1);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(JSON.readTree(removed.body()).path("requiredAnswered").asInt()).isEqualTo(answered);
        assertThat(returnOf(TestTokens.policeLead(), POLICE).path("evidence").size()).isZero();
        assertError(download(TestTokens.policeLead(), POLICE, fileId), 404, "NOT_FOUND", null);
        assertThat(mongo.getCollection("evidence.files").countDocuments()).as("its content is gone too").isZero();
    }

    @Test
    void aFileIsCheckedBeforeAnythingIsStoredAndEachRefusalSaysWhy() throws Exception {
        long version = returnOf(TestTokens.policeLead(), POLICE).path("version").asLong();
        byte[] program = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff" + "This program cannot be run in DOS mode.")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "minutes.pdf", padded(program)), 400, "BAD_REQUEST", "file",
                "is a program");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "policy.docx", PDF), 400, "BAD_REQUEST", "file",
                "is a PDF inside, but its name ends .docx");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "archive.docx", zip()), 400, "BAD_REQUEST", "file", "archive");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "page.txt", "<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST", "file", "scripts");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "empty.pdf", new byte[0]), 400, "BAD_REQUEST", "file", "is empty");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "big.pdf", padded(PDF, 65 * 1024)), 400, "BAD_REQUEST", "file",
                "a file may be up to 64 KB");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "../../etc/passwd.pdf", PDF), 400, "BAD_REQUEST", "file", "/");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "bell\u0007.pdf", PDF), 400, "BAD_REQUEST", "file", "control");
        assertError(upload(TestTokens.policeLead(), POLICE, "S11-1.1", version, "policy.pdf", PDF), 400, "BAD_REQUEST", "questionCode", null);
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version + 7, "policy.pdf", PDF), 409, "CONFLICT", null, null);
        assertError(upload(TestTokens.healthLead(), POLICE, QUESTION, version, "policy.pdf", PDF), 403, "FORBIDDEN", null, null);
        assertError(upload(TestTokens.admin(), POLICE, QUESTION, version, "policy.pdf", PDF), 403, "FORBIDDEN", null, null);
        long fireVersion = returnOf(TestTokens.admin(), SUBMITTED).path("version").asLong();
        assertError(upload(TestTokens.token("fire.lead", java.util.List.of("AGENCY_LEAD"), "west-midlands-fire", java.util.List.of("wolverhampton")),
                SUBMITTED, QUESTION, fireVersion, "policy.pdf", PDF), 400, "BAD_REQUEST", "returnId", "submitted");
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, version, "policy.pdf", PDF, "abc"), 400, "BAD_REQUEST", "version", null);
        assertThat(returnOf(TestTokens.policeLead(), POLICE).path("version").asLong()).as("nothing changed").isEqualTo(version);
        assertThat(mongo.getCollection("evidence.files").countDocuments()).isZero();
        assertThat(mongo.getCollection("evidence.chunks").countDocuments()).isZero();

        // a return holds at most 100 KB here: two 40 KB files fit, a third does not
        long v = version;
        for (int i = 1; i <= 2; i++) {
            var ok = upload(TestTokens.policeLead(), POLICE, QUESTION, v, "part " + i + ".pdf", padded(PDF, 40 * 1024));
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            v = JSON.readTree(ok.body()).path("version").asLong();
        }
        assertError(upload(TestTokens.policeLead(), POLICE, QUESTION, v, "part 3.pdf", padded(PDF, 40 * 1024)), 400, "BAD_REQUEST", "file",
                "a return may hold up to 100 KB");
        var text = upload(TestTokens.policeLead(), POLICE, "S11-3.5", v, "training log.csv", "date,attended\n2026-11-02,14\n".getBytes(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(text.body()).path("file").path("typeLabel").asString()).isEqualTo("Plain text");
    }

    private JsonNode returnOf(String token, String id) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("query",
                        "{ auditReturn(id: \"" + id + "\") { version requiredAnswered evidence { id name size contentType uploadedByName } } }"))))
                .build();
        JsonNode body = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data").path("auditReturn");
    }

    private HttpResponse<String> upload(String token, String returnId, String question, long version, String name, byte[] content) throws Exception {
        return upload(token, returnId, question, version, name, content, String.valueOf(version));
    }

    private HttpResponse<String> upload(String token, String returnId, String question, long version, String name, byte[] content, String versionText)
            throws Exception {
        return EvidenceRequests.upload(http, port, token, returnId, question, versionText, name, content);
    }


    private HttpResponse<byte[]> download(String token, String returnId, String fileId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evidence/" + returnId + "/" + fileId))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> delete(String token, String returnId, String fileId, long version) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evidence/" + returnId + "/" + fileId + "?version=" + version))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<?> response, int status, String classification, String field) {
        assertError(response, status, classification, field, null);
    }

    private static void assertError(HttpResponse<?> response, int status, String classification, String field, String words) {
        String body = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(response.body());
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        JsonNode error = JSON.readTree(body).path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo(classification);
        if (field != null) {
            assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
        }
        if (words != null) {
            assertThat(error.path("message").asString()).contains(words);
        }
    }

    /** A small, real PDF (one empty page). */
    private static byte[] pdf() {
        return EvidenceRequests.pdf();
    }

    private static byte[] zip() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a Word document".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] padded(byte[] start) {
        return padded(start, 4096);
    }

    /** {@code start} followed by zeros up to {@code size} bytes (a PDF keeps its type: readers ignore what follows %%EOF). */
    private static byte[] padded(byte[] start, int size) {
        byte[] bytes = new byte[Math.max(size, start.length)];
        System.arraycopy(start, 0, bytes, 0, start.length);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
