package org.jointboard.ui.home;

import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.layout.MyPartnerships;

import org.springframework.stereotype.Component;

@Component
class HomeClient {

    record Me(String username, String name, List<String> roles, String organisationCode, List<String> partnershipCodes) {
    }

    private final GraphQlApi api;
    private final MyPartnerships partnerships;

    HomeClient(GraphQlApi api, MyPartnerships partnerships) {
        this.partnerships = partnerships;
        this.api = api;
    }

    Me me() {
        return api.fetch("me", Map.of(), "me", Me.class);
    }

    List<String> partnershipNames() {
        return partnerships.list().stream().map(MyPartnerships.PartnershipName::name).toList();
    }
}
