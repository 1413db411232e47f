package org.jointboard.common;

import java.util.Map;

import graphql.GraphQLError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import graphql.GraphqlErrorBuilder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps every refusal to the error contract of DESIGN.md; anything unexpected becomes an opaque
 * INTERNAL_ERROR with a reference that is also logged.
 */
@ControllerAdvice
class GraphQlErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorHandling.class);

    @GraphQlExceptionHandler
    GraphQLError rejected(RejectedCommand ex, GraphqlErrorBuilder<?> error) {
        return badRequest(error, ex.field(), ex.getMessage());
    }

    /** Every invalid field at once, so a form can mark them all. */
    @GraphQlExceptionHandler
    java.util.List<GraphQLError> invalid(ConstraintViolationException ex, graphql.schema.DataFetchingEnvironment environment) {
        return ex.getConstraintViolations().stream()
                .sorted(java.util.Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                .map(v -> badRequest(GraphqlErrorBuilder.newError(environment), inputField(v.getPropertyPath()), v.getMessage()))
                .toList();
    }

    @GraphQlExceptionHandler
    GraphQLError stale(OptimisticLockingFailureException ex, GraphqlErrorBuilder<?> error) {
        return error.errorType(JointBoardErrorType.CONFLICT)
                .message("Someone else changed this record after you opened it. Reload it and make your change again.")
                .extensions(Map.of("field", "version"))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError conflicting(ConflictingChange ex, GraphqlErrorBuilder<?> error) {
        return error.errorType(JointBoardErrorType.CONFLICT).message(ex.getMessage())
                .extensions(Map.of("field", ex.field()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError duplicate(DuplicateKeyException ex, GraphqlErrorBuilder<?> error) {
        return badRequest(error, "code", "This code is already used by another record");
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException ex, GraphqlErrorBuilder<?> error) {
        return error.errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
    }

    @GraphQlExceptionHandler
    GraphQLError denied(AccessDeniedException ex, GraphqlErrorBuilder<?> error) {
        return error.errorType(ErrorType.FORBIDDEN).message("You are not allowed to do this").build();
    }

    @GraphQlExceptionHandler
    GraphQLError unauthenticated(AuthenticationException ex, GraphqlErrorBuilder<?> error) {
        return error.errorType(ErrorType.UNAUTHORIZED).message("Sign in first").build();
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(RuntimeException ex, GraphqlErrorBuilder<?> error) {
        String reference = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error, reference {}", reference, ex);
        return error.errorType(ErrorType.INTERNAL_ERROR)
                .message("Something went wrong on our side (reference " + reference + ")")
                .build();
    }

    private static GraphQLError badRequest(GraphqlErrorBuilder<?> error, String field, String message) {
        return error.errorType(ErrorType.BAD_REQUEST).message(message).extensions(Map.of("field", field)).build();
    }

    /** "createOrganisation.input.school.urn" → "school.urn": the path inside the mutation's input. */
    private static String inputField(Path path) {
        String full = path.toString();
        int input = full.indexOf("input.");
        return input >= 0 ? full.substring(input + "input.".length()) : full.substring(full.indexOf('.') + 1);
    }
}
