package org.jointboard.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** {@code Date}: a calendar date as ISO-8601 text, for example {@code 2026-11-23}. */
final class DateScalar {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO-8601 (2026-11-23), in the years 1900 to 2200")
            .coercing(new Coercing<LocalDate, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    if (value instanceof LocalDate date) {
                        return date.toString();
                    }
                    throw new CoercingSerializeException("Not a date: " + value);
                }

                @Override
                public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
                    if (!(input instanceof String text)) {
                        throw new CoercingParseValueException("A date is written as text, for example \"2026-11-23\"");
                    }
                    return parse(text, CoercingParseValueException::new);
                }

                @Override
                public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue text) {
                        return parse(text.getValue(), CoercingParseLiteralException::new);
                    }
                    throw new CoercingParseLiteralException("A date is written as text, for example \"2026-11-23\"");
                }
            })
            .build();

    private DateScalar() {
    }

    /** No date of a board's business lies outside these years; anything else is a typing slip or a probe. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2200;

    private static LocalDate parse(String text, java.util.function.Function<String, RuntimeException> error) {
        if (text.length() > 10) {
            throw error.apply("This is not a date: write it as YYYY-MM-DD, for example 2026-11-23");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply("'" + text + "' is not a date: write it as YYYY-MM-DD, for example 2026-11-23");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw error.apply("Give a date between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return date;
    }
}
