package org.jointboard.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A partnership's retention policy and its legal holds: read and changed by its board admins only. Every change is
 * audited; a hold is lifted, never removed.
 */
@Service
@PreAuthorize("hasRole('BOARD_ADMIN')")
public class RetentionService {

    private final MongoOperations mongo;
    private final RetentionProperties limits;
    private final List<RecordDirectory> directories;
    private final PersonalDataHolder.People people;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionService(MongoOperations mongo, RetentionProperties limits, List<RecordDirectory> directories, PersonalDataHolder.People people,
            CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.limits = limits;
        this.directories = directories;
        this.people = people;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    public RetentionPolicy policy(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return stored(partnershipCode);
    }

    public RetentionPolicy setPolicy(String partnershipCode, Long version, List<RetentionPolicy.Rule> rules) {
        currentUsers.requireWorksFor(partnershipCode);
        RetentionPolicy policy = stored(partnershipCode);
        var before = policy.getVersion() == null ? null : snapshots.of(policy);
        if (policy.getVersion() != null) {
            if (version == null) {
                throw new RejectedCommand("version", "Give the version of the policy you read, so a colleague's change is not overwritten");
            }
            policy.expectVersion(version);
        }
        policy.set(rules, limits);
        RetentionPolicy saved = mongo.save(policy);
        events.publishEvent(new RetentionChanged.PolicyChanged("setRetentionPolicy", before, saved));
        return saved;
    }

    public List<LegalHold> holds(String partnershipCode, boolean includeLifted) {
        currentUsers.requireWorksFor(partnershipCode);
        Criteria criteria = Criteria.where("partnershipCode").is(partnershipCode);
        if (!includeLifted) {
            criteria = criteria.and("liftedAt").isNull();
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Order.desc("placedAt"))), LegalHold.class);
    }

    public LegalHold placeHold(String partnershipCode, LegalHold.Scope scope, String recordType, String targetId, String reason) {
        CurrentUser user = currentUsers.requireWorksFor(partnershipCode);
        if (scope == null) {
            throw new RejectedCommand("scope", "Say what the hold is on: the partnership, a cycle, a record or a person");
        }
        String why = required(reason, "reason", "Say why these records must be kept (for example the inquiry's instruction)");
        String label = scope == LegalHold.Scope.PARTNERSHIP ? "Everything filed under " + partnershipCode : target(partnershipCode, scope, recordType, targetId);
        var hold = mongo.insert(new LegalHold(partnershipCode, scope, targetId, label, why, user.name(), clock.instant()));
        events.publishEvent(new RetentionChanged.HoldChanged("placeLegalHold", null, hold, why));
        return hold;
    }

    public LegalHold liftHold(String holdId, Long version, String reason) {
        LegalHold hold = mongo.findById(holdId, LegalHold.class);
        if (hold == null) {
            throw new NotFoundException("LegalHold", holdId);
        }
        CurrentUser user = currentUsers.requireWorksFor(hold.getPartnershipCode());
        String why = required(reason, "reason", "Say why the hold may be lifted");
        var before = snapshots.of(hold);
        hold.lift(why, user.name(), clock.instant());
        if (version != null) {
            hold.expectVersion(version);
        }
        LegalHold saved = mongo.save(hold);
        events.publishEvent(new RetentionChanged.HoldChanged("liftLegalHold", before, saved, why));
        return saved;
    }

    /** The record types a hold may name, with who holds them. */
    public Map<String, RecordDirectory> directoryByType() {
        return directories.stream().flatMap(d -> d.recordTypes().stream().map(type -> Map.entry(type, d)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.TreeMap::new));
    }

    RetentionPolicy stored(String partnershipCode) {
        RetentionPolicy policy = mongo.findById(partnershipCode, RetentionPolicy.class);
        return policy == null ? RetentionPolicy.defaults(partnershipCode) : policy;
    }

    private String target(String partnershipCode, LegalHold.Scope scope, String recordType, String targetId) {
        if (targetId == null || targetId.isBlank()) {
            throw new RejectedCommand("targetId", "Say which " + (scope == LegalHold.Scope.PERSON ? "person" : scope == LegalHold.Scope.CYCLE ? "cycle" : "record")
                    + " the hold is on");
        }
        if (scope == LegalHold.Scope.PERSON) {
            DataSubject person = people.find(targetId).filter(p -> p.partnershipCodes().contains(partnershipCode))
                    .orElseThrow(() -> new RejectedCommand("targetId", "No person " + targetId + " in " + partnershipCode));
            return person.name();
        }
        String type = scope == LegalHold.Scope.CYCLE ? "AuditCycle" : recordType;
        if (type == null || type.isBlank()) {
            throw new RejectedCommand("recordType", "Say what kind of record the hold is on");
        }
        RecordDirectory directory = directoryByType().get(type);
        if (directory == null) {
            throw new RejectedCommand("recordType", "A hold can be placed on: " + String.join(", ", directoryByType().keySet()) + "; not " + type);
        }
        return directory.find(type, targetId).filter(entry -> entry.partnershipCodes().contains(partnershipCode)).map(RecordDirectory.Entry::label)
                .orElseThrow(() -> new RejectedCommand("targetId", "No " + type + " " + targetId + " in " + partnershipCode));
    }

    private static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new RejectedCommand(field, message);
        }
        return value.strip();
    }
}
