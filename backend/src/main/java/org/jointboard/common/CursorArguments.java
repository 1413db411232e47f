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
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.StringValue;
import graphql.language.VariableReference;
import graphql.validation.ValidationError;

/**
 * Refuses a malformed {@code after} or {@code before} cursor (and {@code last} without {@code before}, which would
 * silently give the first rows) as BAD_REQUEST naming the argument, before the request runs.
 */
public class CursorArguments extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
            InstrumentationState state) {
        var refusals = new ArrayList<GraphQLError>();
        check(parameters.getDocument(), parameters.getVariables(), refusals);
        if (!refusals.isEmpty()) {
            throw new AbortExecutionException(refusals);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static void check(Node<?> node, Map<String, Object> variables, List<GraphQLError> refusals) {
        if (node instanceof Field field) {
            Object last = value(field, "last", variables);
            Object before = value(field, "before", variables);
            if (last != null && before == null) {
                refusals.add(BadRequests.of("before", "Give `before` with `last`: the rows before which cursor?"));
            }
            for (String name : List.of("after", "before")) {
                Object cursor = value(field, name, variables);
                if (cursor != null && !(cursor instanceof String text && Cursors.isValid(text))) {
                    refusals.add(BadRequests.of(name, "This is not a cursor this list gave out: start again from the first page"));
                }
            }
        }
        node.getChildren().forEach(child -> check(child, variables, refusals));
    }

    /** The argument's value, from the document or its variable; null when not given. */
    private static Object value(Field field, String name, Map<String, Object> variables) {
        Argument argument = field.getArguments().stream().filter(a -> a.getName().equals(name)).findFirst().orElse(null);
        if (argument == null) {
            return null;
        }
        return switch (argument.getValue()) {
            case StringValue text -> text.getValue();
            case VariableReference variable -> variables.get(variable.getName());
            case graphql.language.NullValue nothing -> null;
            default -> argument.getValue();
        };
    }

}
