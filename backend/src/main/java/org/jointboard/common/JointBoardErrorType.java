package org.jointboard.common;

import graphql.ErrorClassification;

/** Classifications the contract adds to Spring GraphQL's {@code ErrorType}. */
public enum JointBoardErrorType implements ErrorClassification {
    /** The update carried a {@code version} older than the stored one: someone else changed it first. */
    CONFLICT
}
