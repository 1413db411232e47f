package org.jointboard.ui.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is. {@code publicUrl} is what the browser reaches; {@code internalUrl} is what this server
 * reaches (the same on one machine, different inside docker-compose).
 */
@ConfigurationProperties("jointboard.keycloak")
public record KeycloakProperties(
        @DefaultValue("http://localhost:8180") String publicUrl,
        String internalUrl,
        @DefaultValue("jointboard") String realm,
        @DefaultValue("jointboard-ui") String clientId,
        String clientSecret) {

    String publicRealmUrl() {
        return publicUrl + "/realms/" + realm;
    }

    String internalRealmUrl() {
        return (internalUrl == null || internalUrl.isBlank() ? publicUrl : internalUrl) + "/realms/" + realm;
    }
}
