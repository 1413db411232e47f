package org.jointboard.config;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code ID}, stricter than graphql-java's: an id is text (or a whole number) of at most 200 characters. The built-in
 * one turns any JSON value into text, so {@code {"$gt": ""}} became the id "{$gt=}" and was echoed back in messages.
 */
final class IdScalar {

    private static final int MAX_LENGTH = 200;

    static final GraphQLScalarType ID = GraphQLScalarType.newScalar()
            .name("ID")
            .description("An id: text, as the API gave it out")
            .coercing(new Coercing<String, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    return value.toString();
                }

                @Override
                public String parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (input instanceof String text && text.length() <= MAX_LENGTH) {
                        return text;
                    }
                    if (input instanceof Integer || input instanceof Long) {
                        return input.toString();
                    }
                    throw new CoercingParseValueException("An id is text of at most " + MAX_LENGTH + " characters, as the API gave it out");
                }

                @Override
                public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text && text.getValue().length() <= MAX_LENGTH) {
                        return text.getValue();
                    }
                    if (input instanceof IntValue number) {
                        return number.getValue().toString();
                    }
                    throw new CoercingParseLiteralException("An id is text of at most " + MAX_LENGTH + " characters, as the API gave it out");
                }
            })
            .build();

    private IdScalar() {
    }
}
