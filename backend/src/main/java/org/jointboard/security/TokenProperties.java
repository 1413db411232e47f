package org.jointboard.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What a valid access token looks like.
 *
 * @param issuer the Keycloak realm URL tokens must be issued by
 * @param jwkSetUri where the realm's signing keys are published
 * @param audience the audience tokens must carry
 */
@ConfigurationProperties("jointboard.security.token")
public record TokenProperties(String issuer, String jwkSetUri, String audience) {

    /**
     * Tokens must be issued by the realm, carry an expiry and be unexpired, and be meant for this API (signatures are
     * checked by the decoder). The default validators check {@code exp} only when it is there: a signed token without
     * one would never expire.
     */
    public OAuth2TokenValidator<Jwt> validator() {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Object>("exp", java.util.Objects::nonNull),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
    }
}
