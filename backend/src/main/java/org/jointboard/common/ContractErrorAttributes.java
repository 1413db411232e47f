package org.jointboard.common;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that happen before GraphQL runs (a body that is not a GraphQL request, a wrong method, no token) are
 * answered in the same shape as GraphQL errors, with the contract's classification and plain words: never Spring's
 * default page with its timestamp, path and exception details.
 */
public class ContractErrorAttributes extends DefaultErrorAttributes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object status = request.getAttribute("jakarta.servlet.error.status_code", WebRequest.SCOPE_REQUEST);
        int code = status instanceof Integer number ? number : 500;
        return body(code, message(code));
    }

    /** Answers a request from a filter, before GraphQL or Spring MVC see it, in the same shape. */
    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(body(status, message)));
    }

    private static Map<String, Object> body(int status, String message) {
        Map<String, Object> extensions = classification(status).equals("BAD_REQUEST")
                ? Map.of("classification", "BAD_REQUEST", "field", "body") : Map.of("classification", classification(status));
        return Map.of("errors", List.of(Map.of("message", message, "extensions", extensions)));
    }

    static String classification(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    static String message(int status) {
        return switch (status) {
            case 401 -> "Sign in first: send a valid access token";
            case 403 -> "You are not allowed to do this";
            case 404 -> "There is nothing at this address";
            case 405 -> "Send GraphQL requests with POST";
            case 413 -> "This request is too large";
            case 415, 406 -> "Send and accept application/json";
            default -> status >= 500 ? "Something went wrong on our side"
                    : "This is not a GraphQL request: send a JSON object with a \"query\" text and, if any, a \"variables\" object";
        };
    }
}
