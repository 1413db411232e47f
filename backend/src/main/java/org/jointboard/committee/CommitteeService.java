package org.jointboard.committee;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jointboard.partnership.Serves;
import org.jointboard.audit.Snapshots;
import org.jointboard.committee.CommitteeInputs.AddMemberInput;
import org.jointboard.committee.CommitteeInputs.CreateCommitteeInput;
import org.jointboard.committee.CommitteeInputs.EndMembershipInput;
import org.jointboard.committee.CommitteeInputs.LinkInput;
import org.jointboard.committee.CommitteeInputs.UpdateCommitteeInput;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.common.VersionRaces;
import org.jointboard.partnership.BoardKind;
import org.jointboard.partnership.OrganisationService;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.partnership.Person;
import org.jointboard.partnership.PersonService;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.Roles;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * Boards, the executive group and committees, and who sits on them. Everyone reads the structure of
 * their partnerships; board admins change it.
 */
@Service
@Validated
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','SCHOOL_LEAD','VIEWER')")
public class CommitteeService {

    private static final int SAVE_ATTEMPTS = 50;

    private static final Comparator<Committee> STRUCTURE_ORDER = Comparator.comparing(Committee::getKind)
            .thenComparing(c -> c.getBoardKind() == null ? "" : c.getBoardKind().name())
            .thenComparing(Committee::getName);

    private final CommitteeRepository committees;
    private final PartnershipService partnerships;
    private final PersonService people;
    private final OrganisationService organisations;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommitteeService(CommitteeRepository committees, PartnershipService partnerships, PersonService people,
            OrganisationService organisations, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.committees = committees;
        this.partnerships = partnerships;
        this.people = people;
        this.organisations = organisations;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** A partnership's bodies as a tree (boards at the top), from one query whatever its size. */
    public List<StructureNode> structure(String partnershipCode) {
        if (!currentUsers.current().worksFor(partnershipCode)) {
            return List.of();
        }
        List<Committee> bodies = committees.findByPartnershipCodesIn(List.of(partnershipCode));
        Set<String> ids = bodies.stream().map(Committee::getId).collect(Collectors.toSet());
        Map<String, List<Committee>> byParent = bodies.stream().filter(c -> c.getReportsToId() != null && ids.contains(c.getReportsToId()))
                .collect(Collectors.groupingBy(Committee::getReportsToId));
        return bodies.stream().filter(c -> c.getReportsToId() == null || !ids.contains(c.getReportsToId()))
                .sorted(STRUCTURE_ORDER).map(root -> node(root, byParent, new HashSet<>())).toList();
    }

    private static StructureNode node(Committee body, Map<String, List<Committee>> byParent, Set<String> path) {
        path.add(body.getId());
        List<StructureNode> children = byParent.getOrDefault(body.getId(), List.of()).stream()
                .filter(child -> !path.contains(child.getId())).sorted(STRUCTURE_ORDER)
                .map(child -> node(child, byParent, path)).toList();
        path.remove(body.getId());
        return new StructureNode(body, children);
    }

    /** The body, or null if it does not exist or belongs to none of the caller's partnerships. */
    public Committee find(String id) {
        return committees.findById(id).filter(this::visible).orElse(null);
    }

    /** Bodies by id, for names and links next to meetings (one query for any number). */
    public Map<String, Committee> byIds(Collection<String> ids) {
        return committees.findAllById(new HashSet<>(ids)).stream().filter(this::visible)
                .collect(Collectors.toMap(Committee::getId, Function.identity()));
    }

    /** The board bodies of these partnerships, for each board's chair and vice-chair. */
    public List<Committee> boards(Collection<String> partnershipCodes) {
        return committees.findByPartnershipCodesIn(partnershipCodes).stream()
                .filter(c -> c.getKind() == BodyKind.BOARD && visible(c)).toList();
    }

    /** Whether a body with this id exists and belongs to this partnership (whoever asks: for rules, not to show). */
    public boolean isBodyOf(String committeeId, String partnershipCode) {
        return committees.findById(committeeId).map(c -> c.getPartnershipCodes().contains(partnershipCode)).orElse(false);
    }

    public boolean visible(Committee committee) {
        return currentUsers.current().worksForAny(committee.getPartnershipCodes());
    }

    /**
     * Board admins of the body's partnerships, and the body's current chair if their role may chair
     * ({@link org.jointboard.security.Roles#MAY_CHAIR}), run its meetings.
     */
    public boolean canManageMeetings(Committee committee) {
        return manageable(List.of(committee)).get(committee);
    }

    /** {@link #canManageMeetings} for many bodies, looking the caller up once. */
    public Map<Committee, Boolean> manageable(List<Committee> bodies) {
        CurrentUser user = currentUsers.current();
        boolean mayChair = user.hasAnyRole(Roles.MAY_CHAIR); // being named chair never widens a role
        Set<String> myPersonIds = bodies.isEmpty() || !mayChair ? Set.of() : myPersonIds();
        var result = new java.util.IdentityHashMap<Committee, Boolean>();
        for (Committee body : bodies) {
            boolean admin = user.hasRole(Roles.BOARD_ADMIN) && user.worksForAny(body.getPartnershipCodes());
            boolean chair = body.holderOn(MembershipRole.CHAIR, today()).map(m -> myPersonIds.contains(m.personId())).orElse(false);
            result.put(body, admin || chair);
        }
        return result;
    }

    /** The person records of the signed-in user. */
    public Set<String> myPersonIds() {
        return people.ofCurrentUser().stream().map(Person::getId).collect(Collectors.toSet());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Committee create(@Valid CreateCommitteeInput input) {
        var details = details(null, input.partnershipCodes(), input.kind(), input.boardKind(), input.name(), input.remit(),
                input.serves(), input.termsOfReference(), input.reportsToId(), input.links());
        Committee saved = committees.insert(new Committee(details));
        events.publishEvent(new CommitteeChanged("createCommittee", null, saved));
        return saved;
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Committee update(@Valid UpdateCommitteeInput input) {
        Committee committee = managed(input.id());
        var details = details(committee.getId(), input.partnershipCodes(), input.kind(), input.boardKind(), input.name(),
                input.remit(), input.serves(), input.termsOfReference(), input.reportsToId(), input.links());
        var before = snapshots.of(committee);
        committee.change(details);
        committee.expectVersion(input.version());
        return saveAudited("updateCommittee", committee, before);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Committee addMember(@Valid AddMemberInput input) {
        Committee committee = managed(input.committeeId());
        Person person = people.find(input.personId());
        if (person == null || person.getPartnershipCodes().stream().noneMatch(committee.getPartnershipCodes()::contains)) {
            throw new RejectedCommand("personId", "Choose a person of this body's partnerships");
        }
        String organisation = input.representingOrganisationCode() == null || input.representingOrganisationCode().isBlank()
                ? person.getOrganisationCode() : input.representingOrganisationCode().strip();
        if (organisation != null && organisations.byCodes(List.of(organisation)).isEmpty()) {
            throw new RejectedCommand("representingOrganisationCode", "There is no organisation with the code " + organisation);
        }
        if (input.version() > committee.getVersion()) {
            throw new OptimisticLockingFailureException("Committee " + committee.getId() + " has no version " + input.version());
        }
        // A new seat overwrites nothing: if someone else changed the body meanwhile, it is added to what they saved,
        // and the rules (one seat per person at a time, one chair) are checked again against that.
        return VersionRaces.reapply(SAVE_ATTEMPTS, committee, () -> managed(input.committeeId()), current -> {
            var before = snapshots.of(current);
            current.addMembership(person.getId(), input.role(), organisation, input.startDate(), input.endDate());
            return saveAudited("addMember", current, before);
        });
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Committee endMembership(@Valid EndMembershipInput input) {
        Committee committee = managed(input.committeeId());
        var before = snapshots.of(committee);
        committee.endMembership(input.membershipId(), input.endDate());
        committee.expectVersion(input.version());
        return saveAudited("endMembership", committee, before);
    }

    private Committee saveAudited(String action, Committee committee, org.bson.Document before) {
        Committee saved = committees.save(committee);
        events.publishEvent(new CommitteeChanged(action, before, saved));
        return saved;
    }

    private Committee managed(String id) {
        Committee committee = committees.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("Committee", id));
        if (!currentUsers.current().worksForAll(committee.getPartnershipCodes())) {
            throw new AccessDeniedException("A body shared with partnerships the caller does not work for");
        }
        return committee;
    }

    private CommitteeDetails details(String selfId, List<String> partnershipCodes, BodyKind kind, BoardKind boardKind,
            String name, String remit, Serves serves, CommitteeInputs.TermsOfReferenceInput terms, String reportsToId,
            List<LinkInput> links) {
        partnerships.requireOwn(partnershipCodes);
        if ((kind == BodyKind.BOARD) != (boardKind != null)) {
            throw new RejectedCommand("boardKind", kind == BodyKind.BOARD
                    ? "Say whether this is the children's, adults' or joint board" : "Only boards have a board kind");
        }
        String parent = reportsToId == null || reportsToId.isBlank() ? null : reportsToId;
        if (parent != null) {
            checkReportsTo(selfId, parent, partnershipCodes);
        }
        List<ExternalLink> externalLinks = links == null ? List.of()
                : links.stream().map(l -> new ExternalLink(l.name().strip(), l.type())).toList();
        return new CommitteeDetails(Set.copyOf(partnershipCodes), kind, boardKind, name.strip(), remit, serves,
                terms == null ? null : terms.toTerms(), parent, externalLinks);
    }

    /** The body reported to must share a partnership, and reporting must not go round in a circle. */
    private void checkReportsTo(String selfId, String parentId, List<String> partnershipCodes) {
        var seen = new ArrayList<String>();
        String current = parentId;
        while (current != null) {
            if (current.equals(selfId) || seen.contains(current)) {
                throw new RejectedCommand("reportsToId", "A body cannot report to itself or to a body that reports to it");
            }
            seen.add(current);
            Committee parent = committees.findById(current).orElse(null);
            if (parent == null) {
                throw new RejectedCommand("reportsToId", "There is no such body to report to");
            }
            if (current.equals(parentId) && parent.getPartnershipCodes().stream().noneMatch(partnershipCodes::contains)) {
                throw new RejectedCommand("reportsToId", "A body can only report to a body of the same partnership");
            }
            current = parent.getReportsToId();
        }
    }
}
