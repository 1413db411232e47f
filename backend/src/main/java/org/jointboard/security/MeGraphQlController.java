package org.jointboard.security;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MeGraphQlController {

    private final CurrentUsers currentUsers;

    MeGraphQlController(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @QueryMapping
    CurrentUser me() {
        return currentUsers.current();
    }

    @SchemaMapping(typeName = "CurrentUser")
    String organisationCode(CurrentUser user) {
        return user.organisation();
    }

    @SchemaMapping(typeName = "CurrentUser")
    java.util.List<String> partnershipCodes(CurrentUser user) {
        return user.sortedPartnerships();
    }
}
