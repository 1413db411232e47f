package org.jointboard.partnership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.partnership.PartnershipInputs.CreateOrganisationInput;
import org.jointboard.common.NameSearch;
import org.jointboard.partnership.PartnershipInputs.OrganisationFilter;
import org.jointboard.partnership.PartnershipInputs.SchoolInput;
import org.jointboard.partnership.PartnershipInputs.UpdateOrganisationInput;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Agencies and schools. Everyone reads the organisations that serve their partnerships; board admins
 * register and change them, but only for their own partnerships.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD','VIEWER')")
public class OrganisationService {

    private static final Sort BY_NAME = Sort.by("sortName", "id");

    private final OrganisationRepository organisations;
    private final PartnershipService partnerships;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final MongoOperations mongo;

    OrganisationService(OrganisationRepository organisations, PartnershipService partnerships, KeysetPage pages,
            CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, MongoOperations mongo) {
        this.mongo = mongo;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    public Window<Organisation> page(OrganisationFilter filter, ScrollSubrange subrange) {
        OrganisationFilter f = filter == null ? OrganisationFilter.NONE : filter;
        Set<String> scope = new HashSet<>(currentUsers.current().partnerships());
        if (f.partnership() != null) {
            scope.retainAll(Set.of(f.partnership()));
        }
        Criteria criteria = Criteria.where("partnershipCodes").in(scope);
        if (f.kind() != null) {
            criteria = criteria.and("kind").is(f.kind());
        }
        criteria = NameSearch.narrow(criteria, f.name(), "filter.name");
        return pages.scroll(Organisation.class, criteria, BY_NAME, subrange);
    }

    /** The organisation, or null if it does not exist or serves none of the caller's partnerships. */
    public Organisation find(String id) {
        return organisations.findById(id).filter(this::visible).orElse(null);
    }

    /** Organisations by code, for names next to memberships and reports (one query; names are not secret). */
    public java.util.Map<String, Organisation> byCodes(java.util.Collection<String> codes) {
        return organisations.findByCodeIn(new HashSet<>(codes)).stream()
                .collect(java.util.stream.Collectors.toMap(Organisation::getCode, java.util.function.Function.identity()));
    }

    /** Organisations serving any of these partnerships that are of one of the kinds or picked by code; by name. */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public List<Organisation> inScope(Collection<String> partnershipCodes, Collection<OrganisationKind> kinds,
            Collection<String> codes) {
        var chosen = new ArrayList<Criteria>();
        if (!kinds.isEmpty()) {
            chosen.add(Criteria.where("kind").in(kinds));
        }
        if (!codes.isEmpty()) {
            chosen.add(Criteria.where("code").in(codes));
        }
        var query = new Query(Criteria.where("partnershipCodes").in(partnershipCodes)
                .orOperator(chosen.toArray(Criteria[]::new))).with(BY_NAME);
        return mongo.find(query, Organisation.class);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Organisation create(@Valid CreateOrganisationInput input) {
        Set<String> serves = checkPartnerships(input.partnershipCodes(), Set.of());
        School school = school(input.kind(), input.school());
        if (organisations.existsByCode(input.code())) {
            throw new RejectedCommand("code", "An organisation with this code already exists");
        }
        if (school != null && organisations.existsBySchoolUrn(school.urn())) {
            throw new RejectedCommand("school.urn", "Another school already has this URN");
        }
        var details = new OrganisationDetails(input.name().strip(), input.kind(), school, serves);
        Organisation saved = organisations.insert(new Organisation(input.code(), details));
        events.publishEvent(new OrganisationChanged("createOrganisation", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Organisation update(@Valid UpdateOrganisationInput input) {
        Organisation organisation = organisations.findById(input.id()).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("Organisation", input.id()));
        Set<String> serves = checkPartnerships(input.partnershipCodes(), organisation.partnershipCodeSet());
        School school = school(input.kind(), input.school());
        if (school != null && organisations.existsBySchoolUrnAndIdNot(school.urn(), organisation.getId())) {
            throw new RejectedCommand("school.urn", "Another school already has this URN");
        }
        var before = snapshots.of(organisation);
        organisation.change(new OrganisationDetails(input.name().strip(), input.kind(), school, serves));
        organisation.expectVersion(input.version());
        Organisation saved = organisations.save(organisation);
        events.publishEvent(new OrganisationChanged("updateOrganisation", before, saved));
        return saved;
    }

    private boolean visible(Organisation organisation) {
        return currentUsers.current().worksForAny(organisation.getPartnershipCodes());
    }

    /**
     * Every partnership must exist, and an admin may only add or remove partnerships they work for. The ones they do
     * not work for stay as they were whether or not the request lists them: the caller cannot see them (an
     * organisation's {@code partnerships} shows only the caller's own), so leaving them out removes nothing.
     */
    private Set<String> checkPartnerships(List<String> requested, Set<String> current) {
        Set<String> asked = new HashSet<>(requested);
        partnerships.requireKnown(asked);
        CurrentUser user = currentUsers.current();
        var addedElsewhere = new HashSet<>(asked);
        addedElsewhere.removeAll(current);
        if (!user.worksForAll(addedElsewhere)) {
            throw new AccessDeniedException("Adds a partnership the caller does not work for");
        }
        Set<String> serves = new HashSet<>(asked);
        serves.retainAll(user.partnerships());
        current.stream().filter(code -> !user.worksFor(code)).forEach(serves::add);
        return serves;
    }

    private static School school(OrganisationKind kind, SchoolInput input) {
        if (kind == OrganisationKind.SCHOOL && input == null) {
            throw new RejectedCommand("school", "Enter the school's URN, phase and establishment type");
        }
        if (kind != OrganisationKind.SCHOOL && input != null) {
            throw new RejectedCommand("school", "Only schools have a URN, phase and establishment type");
        }
        return input == null ? null : input.toSchool();
    }
}
