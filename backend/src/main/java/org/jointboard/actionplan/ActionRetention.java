package org.jointboard.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.jointboard.audit.DataSubject;
import org.jointboard.audit.PersonalDataHolder;
import org.jointboard.audit.RecordDirectory;
import org.jointboard.audit.RetainedRecord;
import org.jointboard.audit.RetentionKind;
import org.jointboard.audit.RetentionParticipant;
import org.jointboard.audit.Snapshots;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Completed and closed actions under retention (kept the policy's years after the update that closed them, with their
 * drafts removed alongside), actions and plans as what a hold may name (an improvement action is under its plan's
 * cycle), and the actions a person leads.
 */
@Component
class ActionRetention implements RetentionParticipant, RecordDirectory, PersonalDataHolder {

    private final MongoOperations mongo;
    private final Snapshots snapshots;

    ActionRetention(MongoOperations mongo, Snapshots snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.CLOSED_ACTIONS;
    }

    @Override
    public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
        Criteria criteria = Criteria.where("status").in(Action.CLOSED.stream().map(Enum::name).toList()).and("lastUpdateOn").lte(startedBy);
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        List<Action> actions = mongo.find(Query.query(criteria), Action.class);
        Map<String, ActionPlan> plans = mongo.find(Query.query(Criteria.where("_id").in(actions.stream().map(Action::getPlanId).distinct().toList())),
                ActionPlan.class).stream().collect(Collectors.toMap(ActionPlan::getId, Function.identity()));
        return actions.stream().sorted(Comparator.comparing(Action::getLastUpdateOn))
                .map(a -> new RetainedRecord("Action", a.getId(), a.getReference() + " " + a.getTitle(), a.getPartnershipCodes(), a.getLastUpdateOn(),
                        Optional.ofNullable(plans.get(a.getPlanId())).map(ActionPlan::getCycleId).orElse(null),
                        a.getLeadPersonId() == null ? Set.of() : Set.of(a.getLeadPersonId()), snapshots.of(a)))
                .toList();
    }

    @Override
    public void dispose(List<RetainedRecord> records) {
        List<String> ids = records.stream().map(RetainedRecord::id).toList();
        mongo.remove(Query.query(Criteria.where("actionId").in(ids)), ActionDraft.class);
        mongo.remove(Query.query(Criteria.where("_id").in(ids)), Action.class);
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("Action", "ActionPlan");
    }

    @Override
    public Optional<Entry> find(String recordType, String id) {
        if (recordType.equals("ActionPlan")) {
            return Optional.ofNullable(mongo.findById(id, ActionPlan.class)).map(p -> new Entry(p.getTitle(), p.getPartnershipCodes()));
        }
        return Optional.ofNullable(mongo.findById(id, Action.class)).map(a -> new Entry(a.getReference() + " " + a.getTitle(), a.getPartnershipCodes()));
    }

    @Override
    public String section() {
        return "actionsLed";
    }

    @Override
    public List<Document> about(DataSubject subject, Collection<String> partnershipCodes) {
        return mongo.find(Query.query(Criteria.where("leadPersonId").is(subject.personId()).and("partnershipCodes").in(partnershipCodes)), Action.class)
                .stream().map(snapshots::of).toList();
    }
}
