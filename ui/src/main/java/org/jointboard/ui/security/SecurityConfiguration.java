package org.jointboard.ui.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Login through Keycloak (authorization code with PKCE); logout also ends the Keycloak session. Every view
 * needs a signed-in user; which views and actions appear depends on the realm roles in the ID token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String REGISTRATION_ID = "keycloak";

    @Bean
    SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/actuator/health/**").permitAll());

        // any other address reaches Vaadin once signed in, so an unknown one gets the "Page not found" page in the layout
        // (Vaadin's default denies it here, and the browser shows its own bare "HTTP ERROR 403")
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage("/oauth2/authorization/" + REGISTRATION_ID, "{baseUrl}")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(realmRolesMapper())));
        return http.build();
    }

    /**
     * The browser-protection headers on every response, set by a plain filter ahead of everything else: set through
     * Spring Security's header writers they did not reach the pages Vaadin serves (seen in the browser test).
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeaders> securityHeaders(KeycloakProperties keycloak) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SecurityHeaders(contentSecurityPolicy(keycloak)));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * What the browser may load and where it may send things. Vaadin Flow runs its own inline bootstrap and evaluates
     * server-sent JavaScript, so scripts keep 'unsafe-inline' and 'unsafe-eval'; everything else is this origin only,
     * the page may not be framed, and forms may go only here and to Keycloak (sign-in and sign-out).
     */
    static String contentSecurityPolicy(KeycloakProperties keycloak) {
        java.net.URI realm = java.net.URI.create(keycloak.publicRealmUrl());
        String keycloakOrigin = realm.getScheme() + "://" + realm.getAuthority();
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self' " + keycloakOrigin);
    }

    /**
     * Built here rather than by issuer discovery so the ui starts even while Keycloak is still starting, and
     * so the browser-facing and server-facing Keycloak addresses may differ (docker-compose).
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(KeycloakProperties keycloak) {
        String publicRealm = keycloak.publicRealmUrl();
        String internalRealm = keycloak.internalRealmUrl();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(publicRealm + "/protocol/openid-connect/auth")
                .tokenUri(internalRealm + "/protocol/openid-connect/token")
                .jwkSetUri(internalRealm + "/protocol/openid-connect/certs")
                .userInfoUri(internalRealm + "/protocol/openid-connect/userinfo")
                .userNameAttributeName("preferred_username")
                .issuerUri(publicRealm)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", publicRealm + "/protocol/openid-connect/logout"))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Keycloak's realm roles (in the ID token, {@code realm_access.roles}) become {@code ROLE_*} authorities. */
    static GrantedAuthoritiesMapper realmRolesMapper() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            for (GrantedAuthority authority : authorities) {
                if (authority instanceof OidcUserAuthority oidc) {
                    mapped.addAll(realmRoles(oidc.getIdToken().getClaimAsMap("realm_access")));
                }
            }
            return mapped;
        };
    }

    static List<GrantedAuthority> realmRoles(Map<String, Object> realmAccess) {
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }
}
