package org.jointboard.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

/** Closed risks under retention (kept the policy's years after closing), risks as what a hold may name, and the risks a person owns. */
@Component
class RiskRetention implements RetentionParticipant, RecordDirectory, PersonalDataHolder {

    private final MongoOperations mongo;
    private final Snapshots snapshots;

    RiskRetention(MongoOperations mongo, Snapshots snapshots) {
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.CLOSED_RISKS;
    }

    @Override
    public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
        Criteria criteria = Criteria.where("status").is(RiskStatus.CLOSED.name());
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCode").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria), Risk.class).stream()
                .filter(risk -> !risk.getClosedOn().isAfter(startedBy))
                .sorted(java.util.Comparator.comparing(Risk::getClosedOn))
                .map(risk -> new RetainedRecord("Risk", risk.getId(), risk.getReference() + " " + risk.getTitle(), List.of(risk.getPartnershipCode()),
                        risk.getClosedOn(), null,
                        risk.getOwnerPersonId() == null ? Set.of() : Set.of(risk.getOwnerPersonId()), snapshots.of(risk)))
                .toList();
    }

    @Override
    public void dispose(List<RetainedRecord> records) {
        mongo.remove(Query.query(Criteria.where("_id").in(records.stream().map(RetainedRecord::id).toList())), Risk.class);
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("Risk");
    }

    @Override
    public Optional<Entry> find(String recordType, String id) {
        return Optional.ofNullable(mongo.findById(id, Risk.class)).map(r -> new Entry(r.getReference() + " " + r.getTitle(), List.of(r.getPartnershipCode())));
    }

    @Override
    public String section() {
        return "risksOwned";
    }

    @Override
    public List<Document> about(DataSubject subject, Collection<String> partnershipCodes) {
        return mongo.find(Query.query(Criteria.where("ownerPersonId").is(subject.personId()).and("partnershipCode").in(partnershipCodes)), Risk.class)
                .stream().map(snapshots::of).toList();
    }
}
