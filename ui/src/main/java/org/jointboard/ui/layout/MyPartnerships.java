package org.jointboard.ui.layout;

import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The partnerships the signed-in user works for, by name: what every page's partnership box and headings show. */
@Component
public class MyPartnerships {

    /** A partnership's code (what the API takes) and name (what people read). */
    public record PartnershipName(String code, String name) {
    }

    private static final ParameterizedTypeReference<ConnectionPage<PartnershipName>> PAGE = new ParameterizedTypeReference<>() { };

    private final GraphQlApi api;

    MyPartnerships(GraphQlApi api) {
        this.api = api;
    }

    public List<PartnershipName> list() {
        ConnectionPage<PartnershipName> page = api.fetch("partnershipNames", Map.of(), "partnerships", PAGE);
        return page == null ? List.of() : page.edges().stream().map(ConnectionPage.Edge::node).toList();
    }
}
