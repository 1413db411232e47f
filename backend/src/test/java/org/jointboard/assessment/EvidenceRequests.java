package org.jointboard.assessment;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Evidence uploads as a browser sends them: a multipart body with the question, the return's version and the file. */
final class EvidenceRequests {

    private EvidenceRequests() {
    }

    static HttpResponse<String> upload(HttpClient http, int port, String token, String returnId, String question, String versionText, String name,
            byte[] content) throws Exception {
        String boundary = "----jointboard" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(part(boundary, "questionCode", null, question.getBytes(StandardCharsets.UTF_8)));
        body.write(part(boundary, "version", null, versionText.getBytes(StandardCharsets.UTF_8)));
        body.write(part(boundary, "file", name, content));
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evidence/" + returnId)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A one-page PDF. */
    static byte[] pdf() {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        var out = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
