package org.jointboard.ui.home;

import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;

import org.springframework.stereotype.Component;

@Component
class HomeClient {

    record Me(String username, String name, List<String> roles, String organisationCode, List<String> partnershipCodes) {
    }

    record PartnershipName(String code, String name) {
    }

    private final GraphQlApi api;

    HomeClient(GraphQlApi api) {
        this.api = api;
    }

    Me me() {
        return api.fetch("me", Map.of(), "me", Me.class);
    }

    List<String> partnershipNames() {
        ConnectionPage<PartnershipName> page = api.fetch("partnershipNames", Map.of(), "partnerships",
                new ParameterizedTypeReference<ConnectionPage<PartnershipName>>() { });
        return page == null ? List.of() : page.edges().stream().map(edge -> edge.node().name()).toList();
    }
}
