package org.jointboard.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jointboard.audit.RecordDirectory;
import org.jointboard.audit.RetainedRecord;
import org.jointboard.audit.RetentionKind;
import org.jointboard.audit.RetentionParticipant;
import org.jointboard.audit.Snapshots;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Returns under retention: a return (with its answers, challenge and feedback, all held inside it) is kept for the
 * policy's years after its deadline; the cycle itself, which holds no personal data, stays as the record that the audit
 * took place. Cycles and returns are also what a legal hold may name.
 */
@Component
class AssessmentRetention implements RetentionParticipant, RecordDirectory {

    private final MongoOperations mongo;
    private final ReturnTallies tallies;
    private final Snapshots snapshots;
    private final EvidenceStore evidence;

    AssessmentRetention(MongoOperations mongo, Snapshots snapshots, EvidenceStore evidence, ReturnTallies tallies) {
        this.evidence = evidence;
        this.tallies = tallies;
        this.mongo = mongo;
        this.snapshots = snapshots;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.RETURNS;
    }

    @Override
    public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
        Criteria criteria = Criteria.where("dueOn").lte(startedBy);
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueOn", "_id")), AuditReturn.class).stream()
                .map(r -> new RetainedRecord("AuditReturn", r.getId(), r.getOrganisationName() + ": " + r.getCycleTitle(), r.getPartnershipCodes(),
                        r.getDueOn(), r.getCycleId(), Set.of(), snapshots.of(r)))
                .toList();
    }

    @Override
    public void dispose(List<RetainedRecord> records) {
        List<String> ids = records.stream().map(RetainedRecord::id).toList();
        List<String> cycleIds = mongo.findDistinct(Query.query(Criteria.where("_id").in(ids)), "cycleId", AuditReturn.class, String.class);
        mongo.remove(Query.query(Criteria.where("_id").in(ids)), AuditReturn.class);
        tallies.forget(cycleIds);
        evidence.deleteOf(ids); // the returns' evidence files go with them (the archive holds what each file was, not its content)
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("AuditCycle", "AuditReturn");
    }

    @Override
    public Optional<Entry> find(String recordType, String id) {
        if (recordType.equals("AuditCycle")) {
            return Optional.ofNullable(mongo.findById(id, AuditCycle.class)).map(c -> new Entry(c.getTitle(), c.getPartnershipCodes()));
        }
        return Optional.ofNullable(mongo.findById(id, AuditReturn.class))
                .map(r -> new Entry(r.getOrganisationName() + ": " + r.getCycleTitle(), r.getPartnershipCodes()));
    }
}
