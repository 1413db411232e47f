package org.jointboard.committee;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import static org.jointboard.common.DataLoaders.loadIfPresent;

import org.jointboard.committee.CommitteeInputs.AddMemberInput;
import org.jointboard.committee.CommitteeInputs.CreateCommitteeInput;
import org.jointboard.committee.CommitteeInputs.EndMembershipInput;
import org.jointboard.committee.CommitteeInputs.UpdateCommitteeInput;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Partnership;
import org.jointboard.partnership.PartnershipService;
import org.jointboard.partnership.Person;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Mono;

/** Bodies: the structure, a body with its members, and changes to bodies and their members. */
@Controller
class CommitteeGraphQlController {

    private final CommitteeService committees;
    private final MeetingService meetings;
    private final PartnershipService partnerships;

    CommitteeGraphQlController(CommitteeService committees, MeetingService meetings, PartnershipService partnerships,
            BatchLoaderRegistry registry) {
        this.committees = committees;
        this.meetings = meetings;
        this.partnerships = partnerships;
        registry.forTypePair(String.class, Committee.class)
                .registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> committees.byIds(ids)));
    }

    record CreateCommitteePayload(Committee committee) { }
    record UpdateCommitteePayload(Committee committee) { }
    record AddMemberPayload(Committee committee) { }
    record EndMembershipPayload(Committee committee) { }

    @QueryMapping
    List<StructureNode> partnershipStructure(@Argument String partnership) {
        return committees.structure(partnership);
    }

    @QueryMapping
    Committee committee(@Argument String id) {
        return committees.find(id);
    }

    @MutationMapping
    CreateCommitteePayload createCommittee(@Argument CreateCommitteeInput input) {
        return new CreateCommitteePayload(committees.create(input));
    }

    @MutationMapping
    UpdateCommitteePayload updateCommittee(@Argument UpdateCommitteeInput input) {
        return new UpdateCommitteePayload(committees.update(input));
    }

    @MutationMapping
    AddMemberPayload addMember(@Argument AddMemberInput input) {
        return new AddMemberPayload(committees.addMember(input));
    }

    @MutationMapping
    EndMembershipPayload endMembership(@Argument EndMembershipInput input) {
        return new EndMembershipPayload(committees.endMembership(input));
    }

    // Committee

    @BatchMapping(typeName = "Committee")
    Map<Committee, List<Partnership>> partnerships(List<Committee> bodies) {
        Map<String, Partnership> byCode = partnerships.byCodes(bodies.stream().flatMap(b -> b.getPartnershipCodes().stream()).toList());
        return bodies.stream().collect(Collectors.toMap(Function.identity(), b -> b.getPartnershipCodes().stream()
                .map(byCode::get).filter(Objects::nonNull).toList(), (a, b) -> a, java.util.IdentityHashMap::new));
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Committee> reportsTo(Committee body, DataLoader<String, Committee> bodies) {
        return loadIfPresent(bodies, body.getReportsToId());
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Person> chair(Committee body, DataLoader<String, Person> people) {
        return personHolding(body, MembershipRole.CHAIR, people);
    }

    @SchemaMapping(typeName = "Committee")
    CompletableFuture<Person> viceChair(Committee body, DataLoader<String, Person> people) {
        return personHolding(body, MembershipRole.VICE_CHAIR, people);
    }

    @SchemaMapping(typeName = "Committee")
    List<Membership> members(Committee body) {
        return body.membersOn(committees.today());
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, Meeting> nextMeeting(List<Committee> bodies) {
        Map<String, Meeting> next = meetings.nextMeetings(bodies.stream().map(Committee::getId).collect(Collectors.toSet()));
        var result = new java.util.IdentityHashMap<Committee, Meeting>();
        bodies.stream().filter(b -> next.containsKey(b.getId())).forEach(b -> result.put(b, next.get(b.getId())));
        return result;
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, List<MeetingAction>> openActions(List<Committee> bodies) {
        Map<String, List<MeetingAction>> open = meetings.openActions(bodies.stream().map(Committee::getId).collect(Collectors.toSet()));
        var result = new java.util.IdentityHashMap<Committee, List<MeetingAction>>();
        bodies.forEach(b -> result.put(b, open.getOrDefault(b.getId(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Committee")
    Map<Committee, Boolean> canManageMeetings(List<Committee> bodies) {
        return committees.manageable(bodies);
    }

    @SchemaMapping(typeName = "TermsOfReference")
    boolean reviewOverdue(TermsOfReference terms) {
        return terms.nextReviewDate() != null && terms.nextReviewDate().isBefore(committees.today());
    }

    @SchemaMapping(typeName = "Membership")
    CompletableFuture<Person> person(Membership membership, DataLoader<String, Person> people) {
        return people.load(membership.personId());
    }

    @SchemaMapping(typeName = "Membership")
    CompletableFuture<Organisation> representing(Membership membership, DataLoader<String, Organisation> organisations) {
        return loadIfPresent(organisations, membership.representingOrganisationCode());
    }

    private CompletableFuture<Person> personHolding(Committee body, MembershipRole role, DataLoader<String, Person> people) {
        return body.holderOn(role, committees.today()).map(m -> people.load(m.personId())).orElse(CompletableFuture.completedFuture(null));
    }
}
