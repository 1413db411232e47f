package org.jointboard.common;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused download or upload ({@link FileEndpoint}) answers in the contract's error shape, with the field named and
 * never a stack trace; written directly, so it does not depend on what the client said it accepts (a browser asking
 * for a PDF gets the JSON too).
 */
@RestControllerAdvice(annotations = FileEndpoint.class)
class FileEndpointErrors {

    private static final Logger LOG = LoggerFactory.getLogger(FileEndpointErrors.class);
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
        write(response, 403, "You are not allowed to do this", Map.of("classification", "FORBIDDEN"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    void stale(OptimisticLockingFailureException e, HttpServletResponse response) throws IOException {
        write(response, 409, "Someone changed this return since you opened it: reload it and try again", Map.of("classification", "CONFLICT"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(MaxUploadSizeExceededException e, HttpServletResponse response) throws IOException {
        write(response, 413, "This file is too large", Map.of("classification", "BAD_REQUEST", "field", "file"));
    }

    @ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class, MissingServletRequestParameterException.class })
    void malformed(Exception e, HttpServletResponse response) throws IOException {
        String field = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName() : "file";
        write(response, 400, "Send the file as multipart/form-data, with the question and the return's version", Map.of("classification", "BAD_REQUEST",
                "field", field));
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletResponse response) throws IOException {
        LOG.error("File request failed", e);
        write(response, 500, "This could not be done; try again, and tell the business unit if it keeps failing",
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
