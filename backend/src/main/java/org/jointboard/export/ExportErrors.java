package org.jointboard.export;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused download answers in the contract's error shape, with the field named and never a stack trace; written
 * directly, so it does not depend on what the client said it accepts (a browser asking for a PDF gets the JSON too).
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ExportErrors.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ExceptionHandler(RejectedCommand.class)
    void rejected(RejectedCommand e, HttpServletResponse response) throws IOException {
        write(response, 400, e.getMessage(), Map.of("classification", "BAD_REQUEST", "field", e.field()));
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(NotFoundException e, HttpServletResponse response) throws IOException {
        write(response, 404, e.getMessage(), Map.of("classification", "NOT_FOUND"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e, HttpServletResponse response) throws IOException {
        write(response, 403, "You are not allowed to export this", Map.of("classification", "FORBIDDEN"));
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletResponse response) throws IOException {
        LOG.error("Export failed", e);
        write(response, 500, "The export could not be made; try again, and tell the business unit if it keeps failing",
                Map.of("classification", "INTERNAL_ERROR"));
    }

    private static void write(HttpServletResponse response, int status, String message, Map<String, Object> extensions) throws IOException {
        if (response.isCommitted()) {
            return; // the file had begun: the client sees a broken download, and the log says why
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)))));
    }
}
