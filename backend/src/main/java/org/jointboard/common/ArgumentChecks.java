package org.jointboard.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.ArrayValue;
import graphql.language.Argument;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.StringValue;
import graphql.validation.ValidationError;

/**
 * Checks every text and list a request passes, in its variables and in the document itself, before the request is
 * validated or run: lengths are capped (a name filter of 300,000 characters used to stop the backend for everyone),
 * and text may not carry invisible control characters or the direction overrides and isolates that make a name
 * read differently from what it is in lists and exports. Refusals are BAD_REQUEST naming the field.
 */
public class ArgumentChecks extends SimplePerformantInstrumentation {

    /** C0 controls but tab, line feed and carriage return; DEL and C1 controls; bidi embeddings, overrides and isolates. */
    private static final java.util.regex.Pattern INVISIBLE =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private final RequestLimits limits;

    public ArgumentChecks(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        var refusals = new ArrayList<GraphQLError>();
        parameters.getVariables().forEach((name, value) -> checkValue(name, name, value, refusals));
        checkDocument(parameters.getDocument(), null, refusals);
        if (!refusals.isEmpty()) {
            throw new AbortExecutionException(refusals);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private void checkValue(String path, String field, Object value, List<GraphQLError> refusals) {
        switch (value) {
            case String text when text.length() > limits.maxLength(field) -> refusals.add(tooLong(path, limits.maxLength(field)));
            case String text when INVISIBLE.matcher(text).find() -> refusals.add(invisible(path));
            case List<?> list when list.size() > limits.maxListItems() -> refusals.add(tooMany(path));
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    checkValue(path + "[" + i + "]", field, list.get(i), refusals);
                }
            }
            case Map<?, ?> map -> map.forEach((key, item) -> checkValue(path + "." + key, String.valueOf(key), item, refusals));
            case null, default -> { }
        }
    }

    /** Literals written into the query itself, named by the argument or input field they are given for. */
    private void checkDocument(Node<?> node, String field, List<GraphQLError> refusals) {
        String name = switch (node) {
            case Argument argument -> argument.getName();
            case ObjectField objectField -> objectField.getName();
            default -> field;
        };
        if (node instanceof StringValue text && text.getValue().length() > limits.maxLength(name)) {
            refusals.add(tooLong(name, limits.maxLength(name)));
        } else if (node instanceof StringValue text && INVISIBLE.matcher(text.getValue()).find()) {
            refusals.add(invisible(name));
        } else if (node instanceof ArrayValue list && list.getValues().size() > limits.maxListItems()) {
            refusals.add(tooMany(name));
        } else {
            node.getChildren().forEach(child -> checkDocument(child, name, refusals));
        }
    }

    private static GraphQLError tooLong(String path, int max) {
        return refusal(path, "This text is too long: use at most " + max + " characters");
    }

    private static GraphQLError invisible(String path) {
        return refusal(path, "This text contains invisible control or text-direction characters: remove them and try again");
    }

    private GraphQLError tooMany(String path) {
        return refusal(path, "This list is too long: give at most " + limits.maxListItems() + " items");
    }

    private static GraphQLError refusal(String path, String message) {
        return BadRequests.of(path == null ? "query" : BadRequests.field(path), message);
    }
}
