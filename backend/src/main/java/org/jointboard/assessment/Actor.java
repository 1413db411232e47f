package org.jointboard.assessment;

import org.jointboard.security.CurrentUser;

/** Who did something to a return, as recorded with it. */
public record Actor(String username, String name) {

    static Actor of(CurrentUser user) {
        return new Actor(user.username(), user.name());
    }
}
