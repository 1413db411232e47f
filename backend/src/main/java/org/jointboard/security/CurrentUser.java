package org.jointboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the Keycloak access token: the only source of roles and scope.
 *
 * @param subject stable Keycloak user id
 * @param username login name
 * @param name display name
 * @param roles JointBoard realm roles (without the {@code ROLE_} prefix)
 * @param organisation code of the user's own organisation, or null
 * @param partnerships codes of the partnerships the user works for
 */
public record CurrentUser(String subject, String username, String name, Set<String> roles, String organisation,
        Set<String> partnerships) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        partnerships = Set.copyOf(partnerships);
    }

    public static CurrentUser from(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        String name = jwt.getClaimAsString("name");
        return new CurrentUser(jwt.getSubject(), username, name == null ? username : name, realmRoles(jwt),
                jwt.getClaimAsString("organisation"), stringSet(jwt.getClaim("partnerships")));
    }

    static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null) {
            return Set.of();
        }
        Set<String> roles = new TreeSet<>(stringSet(realmAccess.get("roles")));
        roles.retainAll(Roles.ALL);
        return roles;
    }

    private static Set<String> stringSet(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<String> anyOf) {
        return anyOf.stream().anyMatch(roles::contains);
    }

    /** Board admin, chair or executive member (see {@link Roles#BOARD_STAFF}). */
    public boolean isBoardStaff() {
        return Roles.BOARD_STAFF.stream().anyMatch(roles::contains);
    }

    public boolean worksFor(String partnershipCode) {
        return partnerships.contains(partnershipCode);
    }

    public boolean worksForAll(Collection<String> partnershipCodes) {
        return partnerships.containsAll(partnershipCodes);
    }

    public boolean worksForAny(Collection<String> partnershipCodes) {
        return partnershipCodes.stream().anyMatch(partnerships::contains);
    }

    public List<String> sortedPartnerships() {
        return partnerships.stream().sorted().toList();
    }
}
