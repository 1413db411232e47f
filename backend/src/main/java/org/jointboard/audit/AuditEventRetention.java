package org.jointboard.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Retention of the audit trail itself: the only code that removes audit events. Before it removes one it records the
 * event's hash as pruned, in each of its chains ({@code auditChainPrunes}), so {@code verifyAuditTrail} can tell an
 * event retention removed (its successor links to a pruned hash) from one removed by hand (it links to a hash nobody
 * pruned). The run's own audit event, itself chained, records how many it pruned.
 */
@Component
class AuditEventRetention implements RetentionParticipant {

    static final String PRUNES = "auditChainPrunes";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoOperations mongo;

    AuditEventRetention(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public RetentionKind kind() {
        return RetentionKind.AUDIT_EVENTS;
    }

    @Override
    public List<RetainedRecord> startedBy(LocalDate startedBy, String partnershipCode) {
        Criteria criteria = Criteria.where("at").lt(startedBy.plusDays(1).atStartOfDay(LONDON).toInstant());
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        var query = Query.query(criteria).with(AuditTrail.CHAIN_ORDER);
        var records = new ArrayList<RetainedRecord>();
        for (Document event : mongo.find(query, Document.class, "auditEvents")) {
            String type = event.getString("entityType");
            String entityId = event.getString("entityId");
            Document after = event.get("after", Document.class);
            String cycleId = "AuditCycle".equals(type) ? entityId : after == null ? null : after.getString("cycleId");
            records.add(new RetainedRecord("AuditEvent", event.getObjectId("_id") == null ? event.getString("_id") : event.getObjectId("_id").toHexString(),
                    AuditHistory.label(event.getString("action")) + ": " + type + " " + entityId, event.getList("partnershipCodes", String.class, List.of()),
                    LocalDate.ofInstant(event.getDate("at").toInstant(), LONDON), cycleId, "Person".equals(type) ? Set.of(entityId) : Set.of(), event));
        }
        return records;
    }

    @Override
    public void dispose(List<RetainedRecord> records) {
        throw new UnsupportedOperationException("Audit events are pruned with the run's id: prune(runId, records)");
    }

    void prune(String runId, List<RetainedRecord> records) {
        var prunes = new ArrayList<Document>();
        for (RetainedRecord record : records) {
            String hash = record.stored().getString("hash");
            if (hash != null) {
                List<String> chains = record.partnershipCodes().isEmpty() ? List.of(HashChain.NO_PARTNERSHIP) : record.partnershipCodes();
                prunes.add(new Document("_id", hash).append("chains", chains).append("runId", runId).append("eventId", record.id())
                        .append("entityType", record.stored().getString("entityType")).append("entityId", record.stored().getString("entityId")));
            }
        }
        for (Document prune : prunes) {
            mongo.getCollection(PRUNES).replaceOne(new Document("_id", prune.get("_id")), prune, new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        mongo.remove(Query.query(Criteria.where("_id").in(records.stream().map(RetainedRecord::stored).map(d -> d.get("_id")).toList())), "auditEvents");
    }

    /** What retention pruned from a chain: each pruned event's hash with the prune record. */
    java.util.Map<String, Document> prunedFrom(String chain) {
        var pruned = new java.util.HashMap<String, Document>();
        for (Document prune : mongo.getCollection(PRUNES).find(new Document("chains", chain))) {
            pruned.put(prune.getString("_id"), prune);
        }
        return pruned;
    }
}
