package org.jointboard.partnership;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jointboard.partnership.PartnershipInputs.CreateOrganisationInput;
import org.jointboard.partnership.PartnershipInputs.CreatePartnershipInput;
import org.jointboard.partnership.PartnershipInputs.OrganisationFilter;
import org.jointboard.partnership.PartnershipInputs.PartnershipFilter;
import org.jointboard.partnership.PartnershipInputs.UpdateOrganisationInput;
import org.jointboard.partnership.PartnershipInputs.UpdatePartnershipInput;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class PartnershipGraphQlController {

    private final PartnershipService partnerships;
    private final OrganisationService organisations;

    PartnershipGraphQlController(PartnershipService partnerships, OrganisationService organisations) {
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    record CreatePartnershipPayload(Partnership partnership) {
    }

    record UpdatePartnershipPayload(Partnership partnership) {
    }

    record CreateOrganisationPayload(Organisation organisation) {
    }

    record UpdateOrganisationPayload(Organisation organisation) {
    }

    @QueryMapping
    Partnership partnership(@Argument String code) {
        return partnerships.find(code);
    }

    @QueryMapping
    Window<Partnership> partnerships(@Argument PartnershipFilter filter, ScrollSubrange subrange) {
        return partnerships.page(filter, subrange);
    }

    @QueryMapping
    Organisation organisation(@Argument String id) {
        return organisations.find(id);
    }

    @QueryMapping
    Window<Organisation> organisations(@Argument OrganisationFilter filter, ScrollSubrange subrange) {
        return organisations.page(filter, subrange);
    }

    @MutationMapping
    CreatePartnershipPayload createPartnership(@Argument CreatePartnershipInput input) {
        return new CreatePartnershipPayload(partnerships.create(input));
    }

    @MutationMapping
    UpdatePartnershipPayload updatePartnership(@Argument UpdatePartnershipInput input) {
        return new UpdatePartnershipPayload(partnerships.update(input));
    }

    @MutationMapping
    CreateOrganisationPayload createOrganisation(@Argument CreateOrganisationInput input) {
        return new CreateOrganisationPayload(organisations.create(input));
    }

    @MutationMapping
    UpdateOrganisationPayload updateOrganisation(@Argument UpdateOrganisationInput input) {
        return new UpdateOrganisationPayload(organisations.update(input));
    }

    /** One query for the partnerships of every organisation in the response. */
    @BatchMapping(typeName = "Organisation")
    Map<Organisation, List<Partnership>> partnerships(List<Organisation> organisationList) {
        var codes = organisationList.stream().flatMap(o -> o.getPartnershipCodes().stream()).distinct().toList();
        Map<String, Partnership> byCode = partnerships.byCodes(codes);
        return organisationList.stream().collect(java.util.stream.Collectors.toMap(o -> o, o -> o.getPartnershipCodes().stream()
                .map(byCode::get).filter(Objects::nonNull).toList(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @SchemaMapping(typeName = "Partnership")
    List<PartnershipBoard> boards(Partnership partnership) {
        return partnership.getBoards().stream().map(b -> new PartnershipBoard(partnership.getCode(), b.kind(), b.name())).toList();
    }

    @SchemaMapping(typeName = "School")
    boolean s157(School school) {
        return school.establishmentType().s157();
    }
}
