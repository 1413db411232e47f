package org.jointboard.common;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.ErrorType;

/** The one shape of a refused input: BAD_REQUEST, a plain message and the field, named inside the mutation's input. */
public final class BadRequests {

    private BadRequests() {
    }

    public static GraphQLError of(String field, String message) {
        return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).extensions(Map.of("field", field)).build();
    }

    /** "input.school.urn" → "school.urn": fields are named as the form knows them, without the argument that carries them. */
    public static String field(String path) {
        return path.startsWith("input.") ? path.substring("input.".length()) : path;
    }
}
