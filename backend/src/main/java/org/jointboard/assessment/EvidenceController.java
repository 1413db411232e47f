package org.jointboard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.common.FileEndpoint;
import org.jointboard.common.RejectedCommand;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files over HTTP with the caller's bearer token: {@code POST /evidence/{returnId}} (multipart: {@code file},
 * {@code questionCode}, {@code version}), {@code GET /evidence/{returnId}/{fileId}}, {@code DELETE
 * /evidence/{returnId}/{fileId}?version=}. Never a public address: every request is checked by {@link EvidenceService}.
 */
@RestController
@FileEndpoint
@RequestMapping("/evidence")
class EvidenceController {

    /** What an upload or removal answers: the file (on upload), the return's new version and its progress. */
    record EvidencePayload(EvidenceFile file, long version, int requiredAnswered, int requiredCount) {
    }

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(path = "/{returnId}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EvidencePayload upload(@PathVariable String returnId, @RequestParam String questionCode, @RequestParam String version,
            @RequestPart("file") MultipartFile file) throws IOException {
        Path content = Files.createTempFile("evidence-", ".upload");
        try {
            file.transferTo(content);
            AuditReturn saved = evidence.attach(new EvidenceService.Upload(returnId, questionCode, version(version), file.getOriginalFilename(), content));
            return new EvidencePayload(saved.getEvidence().getLast(), saved.getVersion(), saved.getRequiredAnswered(), saved.getRequiredCount());
        } finally {
            Files.deleteIfExists(content);
        }
    }

    @GetMapping("/{returnId}/{fileId}")
    void download(@PathVariable String returnId, @PathVariable String fileId, HttpServletResponse response) throws IOException {
        var download = evidence.open(returnId, fileId);
        response.setContentType(download.file().contentType());
        response.setContentLengthLong(download.file().size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(download.file().name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try (InputStream in = download.content().getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @DeleteMapping("/{returnId}/{fileId}")
    EvidencePayload delete(@PathVariable String returnId, @PathVariable String fileId, @RequestParam String version) {
        AuditReturn saved = evidence.remove(returnId, fileId, version(version));
        return new EvidencePayload(null, saved.getVersion(), saved.getRequiredAnswered(), saved.getRequiredCount());
    }

    private static long version(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new RejectedCommand("version", "Give the return's version as a whole number");
        }
    }
}
