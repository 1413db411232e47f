package org.jointboard.security;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Gives services the caller of the current request. */
@Component
public class CurrentUsers {

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return CurrentUser.from(jwt);
        }
        throw new AuthenticationCredentialsNotFoundException("No JointBoard access token in this request");
    }

    /** The caller, if they work for this partnership; otherwise access is denied (FORBIDDEN). */
    public CurrentUser requireWorksFor(String partnershipCode) {
        CurrentUser user = current();
        if (!user.worksFor(partnershipCode)) {
            throw new org.springframework.security.access.AccessDeniedException("Not one of the caller's partnerships: " + partnershipCode);
        }
        return user;
    }
}
