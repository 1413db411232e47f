package org.jointboard.security;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Work the backend does on its own, on a schedule, under a name of its own so the audit trail says who acted ("Daily
 * retention run"). The actor has no roles and no partnerships: it can call nothing a person calls; the scheduled job
 * calls its service's own unsecured entry point, and the audit trail records it.
 */
public final class SystemActor {

    private SystemActor() {
    }

    public static <T> T run(String username, String name, Supplier<T> work) {
        Instant now = Instant.now();
        Jwt jwt = Jwt.withTokenValue("system-" + username).header("alg", "none").subject("jointboard-" + username)
                .claim("preferred_username", username).claim("name", name).issuedAt(now).expiresAt(now.plusSeconds(3600)).build();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new JwtAuthenticationToken(jwt, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
