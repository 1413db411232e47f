package org.jointboard.common;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Every error leaves with one of the contract's classifications (DESIGN.md). GraphQL Java refuses input that does not
 * fit the schema ({@code ValidationError}), a document that does not parse ({@code InvalidSyntax}) and one over the
 * depth or complexity limits ({@code ExecutionAborted}) with its own classifications: those become BAD_REQUEST naming
 * the field where GraphQL Java names one ({@code query} otherwise); introspection outside {@code dev} becomes
 * FORBIDDEN; anything else unknown INTERNAL_ERROR. A root field that was refused shows null, never an empty list
 * that reads like "nothing there".
 */
@Component
class ContractErrors implements WebGraphQlInterceptor {

    private static final Set<String> CONTRACT = Set.of("BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INTERNAL_ERROR");
    /** GraphQL Java names the field in one of these ways (an unknown enum value names only the value). */
    private static final Pattern FIELD = Pattern.compile("(?:argument|Field) '([^']+)'");
    /** Failing that, the variable whose value is wrong (a date out of range, an id that is not text). */
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");
    private static final Pattern RULE_TAG = Pattern.compile("^Validation error \\([^)]*\\) : ");
    private static final Pattern VALUE_DUMP = Pattern.compile(" with value '[A-Za-z]*Value\\{.*?}'(?= is not| has| must|$)");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
                : response.transform(builder -> {
                    builder.errors(response.getErrors().stream().map(ContractErrors::toContract).toList());
                    if (response.getData() instanceof Map<?, ?> data) {
                        builder.data(withoutRefusedRootFields(data, response.getErrors()));
                    }
                }));
    }

    private static Map<Object, Object> withoutRefusedRootFields(Map<?, ?> data, List<ResponseError> errors) {
        Map<Object, Object> cleaned = new LinkedHashMap<>(data);
        errors.stream().filter(error -> error.getParsedPath().size() == 1)
                .forEach(error -> cleaned.replace(error.getParsedPath().getFirst(), null));
        return cleaned;
    }

    private static GraphQLError toContract(ResponseError error) {
        String classification = String.valueOf(error.getErrorType());
        Map<String, Object> extensions = new HashMap<>(error.getExtensions());
        Object type = error.getErrorType();
        String message = error.getMessage();
        if (type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax || type == ErrorType.ExecutionAborted) {
            extensions.putIfAbsent("field", field(error.getMessage()));
            type = org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
            message = plain(message);
        } else if ("IntrospectionDisabled".equals(classification)) {
            type = org.springframework.graphql.execution.ErrorType.FORBIDDEN;
            message = "Schema introspection is switched off outside development";
        } else if (!CONTRACT.contains(classification)) {
            type = org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR;
            message = "Something went wrong on our side";
        }
        extensions.remove("classification");
        var builder = GraphqlErrorBuilder.newError().message(message).errorType((graphql.ErrorClassification) type).extensions(extensions);
        if (!error.getParsedPath().isEmpty()) {
            builder.path(error.getParsedPath());
        }
        return builder.build();
    }

    /**
     * GraphQL Java's validation messages carry its own rendering of the value given ("with value
     * 'StringValue{value='…'}'") and a rule tag ("Validation error (WrongType@[attendanceReport]) : "): both go.
     */
    static String plain(String message) {
        return VALUE_DUMP.matcher(RULE_TAG.matcher(message).replaceFirst("")).replaceAll("");
    }

    private static String field(String message) {
        Matcher named = FIELD.matcher(message);
        if (!named.find()) {
            named = VARIABLE.matcher(message);
            if (!named.find()) {
                return "query";
            }
        }
        return BadRequests.field(named.group(1));
    }
}
