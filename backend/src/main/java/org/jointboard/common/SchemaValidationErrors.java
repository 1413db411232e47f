package org.jointboard.common;

import java.util.HashMap;
import java.util.Map;
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
 * Input that does not fit the schema (a missing required field, an unknown enum value) is refused by
 * GraphQL Java before any code runs, classified {@code ValidationError}. The contract promises
 * {@code BAD_REQUEST} naming the field, so those errors are re-classified here, keeping their message. So are a
 * document that does not parse ({@code InvalidSyntax}) and one refused for its depth or complexity
 * ({@code ExecutionAborted}); their field is {@code query}.
 */
@Component
class SchemaValidationErrors implements WebGraphQlInterceptor {

    /** GraphQL Java names the field in one of these ways (an unknown enum value names only the value). */
    private static final Pattern FIELD = Pattern.compile("(?:argument|Field) '([^']+)'");
    /** Failing that, the variable whose value is wrong (a date out of range, an id that is not text). */
    private static final Pattern VARIABLE = Pattern.compile("Variable '([^']+)'");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream().anyMatch(SchemaValidationErrors::isSchemaError)
                ? response.transform(builder -> builder.errors(response.getErrors().stream().map(SchemaValidationErrors::toBadRequest).toList()))
                : response);
    }

    private static boolean isSchemaError(ResponseError error) {
        return error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted;
    }

    private static GraphQLError toBadRequest(ResponseError error) {
        if (!isSchemaError(error)) {
            return GraphqlErrorBuilder.newError().message(error.getMessage()).errorType(error.getErrorType())
                    .extensions(error.getExtensions()).build();
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions());
        Matcher argument = FIELD.matcher(error.getMessage());
        if (!argument.find()) {
            argument = VARIABLE.matcher(error.getMessage());
        }
        if (argument.find(0)) {
            String path = argument.group(1);
            extensions.put("field", path.startsWith("input.") ? path.substring("input.".length()) : path);
        } else {
            extensions.putIfAbsent("field", "query");
        }
        return GraphqlErrorBuilder.newError().message(error.getMessage())
                .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST).extensions(extensions).build();
    }
}
