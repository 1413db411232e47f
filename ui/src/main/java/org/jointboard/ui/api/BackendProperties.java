package org.jointboard.ui.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param url base URL of the JointBoard backend (its GraphQL endpoint is {@code url/graphql}) */
@ConfigurationProperties("jointboard.backend")
public record BackendProperties(@DefaultValue("http://localhost:8080") String url) {
}
