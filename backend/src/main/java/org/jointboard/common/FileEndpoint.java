package org.jointboard.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of downloads or uploads beside the GraphQL API (exports, evidence files): same token, same service
 * checks, and refusals in the same error shape ({@link FileEndpointErrors}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FileEndpoint {
}
