package org.jointboard.ui.partnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;
import org.jointboard.ui.layout.MyPartnerships;
import org.jointboard.ui.partnership.OrganisationRow.PartnershipRef;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The organisation operations of the backend's API, as the views need them. */
@Component
class OrganisationClient {

    record Filter(String name, String partnership, String kind) {
        static final Filter NONE = new Filter(null, null, null);
    }

    private static final ParameterizedTypeReference<ConnectionPage<OrganisationRow>> ORGANISATIONS = new ParameterizedTypeReference<>() { };

    private final GraphQlApi api;
    private final MyPartnerships partnerships;

    OrganisationClient(GraphQlApi api, MyPartnerships partnerships) {
        this.partnerships = partnerships;
        this.api = api;
    }

    ConnectionPage<OrganisationRow> page(Filter filter, int first, String after) {
        var filterInput = new HashMap<String, Object>();
        if (filter.name() != null && !filter.name().isBlank()) {
            filterInput.put("name", filter.name());
        }
        if (filter.partnership() != null) {
            filterInput.put("partnership", filter.partnership());
        }
        if (filter.kind() != null) {
            filterInput.put("kind", filter.kind());
        }
        var variables = new HashMap<String, Object>();
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filterInput);
        return api.fetch("organisations", variables, "organisations", ORGANISATIONS);
    }

    List<PartnershipRef> myPartnerships() {
        return partnerships.list().stream().map(p -> new PartnershipRef(p.code(), p.name())).toList();
    }

    void save(OrganisationDraft draft) {
        Map<String, Object> variables = Map.of("input", draft.toInput());
        if (draft.isNew()) {
            api.fetch("createOrganisation", variables, "createOrganisation.organisation.id", String.class);
        } else {
            api.fetch("updateOrganisation", variables, "updateOrganisation.organisation.id", String.class);
        }
    }
}
