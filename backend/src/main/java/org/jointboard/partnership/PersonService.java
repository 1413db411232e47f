package org.jointboard.partnership;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.KeysetPage;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import static org.jointboard.common.Text.blankToNull;
import org.jointboard.partnership.PersonInputs.CreatePersonInput;
import org.jointboard.common.NameSearch;
import org.jointboard.partnership.PersonInputs.PersonFilter;
import org.jointboard.partnership.PersonInputs.UpdatePersonInput;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PersonRepository;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** People who sit on boards and committees. Everyone reads those of their partnerships; board admins keep the records. */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','SCHOOL_LEAD','VIEWER')")
public class PersonService {

    private static final Sort BY_NAME = Sort.by("sortName", "id");

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final PartnershipService partnerships;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;

    PersonService(PersonRepository people, OrganisationRepository organisations, PartnershipService partnerships,
            KeysetPage pages, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events) {
        this.people = people;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    public Window<Person> page(PersonFilter filter, ScrollSubrange subrange) {
        Set<String> scope = new HashSet<>(currentUsers.current().partnerships());
        if (filter != null && filter.partnership() != null) {
            scope.retainAll(Set.of(filter.partnership()));
        }
        Criteria criteria = Criteria.where("partnershipCodes").in(scope);
        criteria = NameSearch.narrow(criteria, filter == null ? null : filter.name(), "filter.name");
        return pages.scroll(Person.class, criteria, BY_NAME, subrange);
    }

    public Person find(String id) {
        return people.findById(id).filter(p -> currentUsers.current().worksForAny(p.getPartnershipCodes())).orElse(null);
    }

    /** People by id for display next to memberships and meetings (one query for any number). */
    public Map<String, Person> byIds(Collection<String> ids) {
        return people.findAllById(new HashSet<>(ids)).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    /**
     * The people of the caller's own organisation who sign in (a Keycloak username in the register), by name: the
     * colleagues an organisation's lead may give sections of a return to.
     */
    @PreAuthorize("hasAnyRole('AGENCY_LEAD','SCHOOL_LEAD')")
    public List<Person> colleagues() {
        String organisation = currentUsers.current().organisation();
        return organisation == null ? List.of() : people.findByOrganisationCodeAndUsernameNotNullOrderBySortName(organisation);
    }

    /** The person records of the signed-in user (by Keycloak username), to recognise chairs. */
    public List<Person> ofCurrentUser() {
        return people.findByUsername(currentUsers.current().username());
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Person create(@Valid CreatePersonInput input) {
        var details = details(input.name(), input.jobTitle(), input.organisationCode(), input.email(), input.username(), input.partnershipCodes());
        Person saved = people.insert(new Person(details));
        events.publishEvent(new PersonChanged("createPerson", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Person update(@Valid UpdatePersonInput input) {
        Person person = people.findById(input.id()).filter(p -> currentUsers.current().worksForAny(p.getPartnershipCodes()))
                .orElseThrow(() -> new NotFoundException("Person", input.id()));
        var details = details(input.name(), input.jobTitle(), input.organisationCode(), input.email(), input.username(), input.partnershipCodes());
        var before = snapshots.of(person);
        person.change(details);
        person.expectVersion(input.version());
        Person saved = people.save(person);
        events.publishEvent(new PersonChanged("updatePerson", before, saved));
        return saved;
    }

    /**
     * Refuses a reference to a person who does not exist or belongs to none of these partnerships, naming the field
     * (one query for all of them). {@code references} maps input fields (for example {@code agenda[2].ownerPersonId})
     * to person ids; blank ones are no reference.
     */
    public void requireOfPartnerships(Map<String, String> references, Collection<String> partnershipCodes) {
        var named = references.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank()).toList();
        if (named.isEmpty()) {
            return;
        }
        Map<String, Person> found = new java.util.HashMap<>();
        people.findAllById(named.stream().map(Map.Entry::getValue).collect(java.util.stream.Collectors.toSet()))
                .forEach(person -> found.put(person.getId(), person));
        for (var reference : named) {
            Person person = found.get(reference.getValue());
            if (person == null || person.getPartnershipCodes().stream().noneMatch(partnershipCodes::contains)) {
                throw new RejectedCommand(reference.getKey(), "Choose someone from this partnership's people");
            }
        }
    }

    private PersonDetails details(String name, String jobTitle, String organisationCode, String email, String username,
            List<String> partnershipCodes) {
        partnerships.requireOwn(partnershipCodes);
        String organisation = blankToNull(organisationCode);
        if (organisation != null && !organisations.existsByCode(organisation)) {
            throw new RejectedCommand("organisationCode", "There is no organisation with the code " + organisation);
        }
        return new PersonDetails(name.strip(), blankToNull(jobTitle), organisation, blankToNull(email), blankToNull(username),
                Set.copyOf(partnershipCodes));
    }
}
