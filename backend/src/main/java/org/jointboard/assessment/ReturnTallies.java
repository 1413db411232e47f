package org.jointboard.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps each cycle's {@link ReturnTally} per partnership as its returns change: every change to a return writes that
 * return's row (one single-document write, only over an older version of the row), before the change is acknowledged.
 * A tally that is missing is built from the returns on first read, so dropping the collection rebuilds them all.
 */
@Component
class ReturnTallies {

    private static final String RETURNS = "auditReturns";
    private static final String COLLECTION = "returnTallies";
    private static final int BUILD_ATTEMPTS = 5;

    private final MongoOperations mongo;

    ReturnTallies(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The cycle's tally for the partnership: one read by id, or (the first time) one scan of the cycle's returns. */
    ReturnTally of(String cycleId, String partnershipCode) {
        ReturnTally tally = mongo.findById(ReturnTally.id(cycleId, partnershipCode), ReturnTally.class);
        return tally != null && tally.built() ? tally : build(cycleId, partnershipCode);
    }

    @EventListener
    void on(ReturnChanged changed) {
        record(changed.after());
    }

    /** Writes the return's rows, unless a newer version of it is there already. */
    void record(AuditReturn r) {
        for (String partnershipCode : r.getPartnershipCodes()) {
            TallyRow row = TallyRow.of(r, partnershipCode);
            String id = ReturnTally.id(r.getCycleId(), partnershipCode);
            try {
                mongo.upsert(notNewer(id, r.getId(), row.version()), new Update().set("rows." + r.getId(), row).inc("revision", 1)
                        .setOnInsert("cycleId", r.getCycleId()).setOnInsert("partnershipCode", partnershipCode).setOnInsert("built", false),
                        ReturnTally.class);
            } catch (DuplicateKeyException newerAlready) {
                // the tally exists and holds a newer version of this return: nothing to do
            }
        }
    }

    /**
     * Writes the rows of returns just stored, one write per tally.
     *
     * @param wholeCycles true when these are all the returns of their cycles, so the tallies are complete
     */
    void recordAll(Collection<AuditReturn> returns, boolean wholeCycles) {
        Map<String, Update> updates = new LinkedHashMap<>();
        for (AuditReturn r : returns) {
            for (String partnershipCode : r.getPartnershipCodes()) {
                updates.computeIfAbsent(ReturnTally.id(r.getCycleId(), partnershipCode), id -> {
                    var update = new Update().setOnInsert("cycleId", r.getCycleId()).setOnInsert("partnershipCode", partnershipCode).inc("revision", 1);
                    return wholeCycles ? update.set("built", true) : update.setOnInsert("built", false);
                }).set("rows." + r.getId(), TallyRow.of(r, partnershipCode));
            }
        }
        if (!updates.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ReturnTally.class);
            updates.forEach((id, update) -> bulk.upsert(Query.query(Criteria.where("_id").is(id)), update));
            bulk.execute();
        }
    }

    /** Drops the tallies of these cycles (their returns were disposed of); one still needed is built again. */
    void forget(Collection<String> cycleIds) {
        mongo.remove(Query.query(Criteria.where("cycleId").in(cycleIds)), ReturnTally.class);
    }

    /**
     * Builds the tally from the cycle's returns in one write, over the tally as it was read: every change to a return
     * also counts up the tally's {@code revision}, so a change made while this one read the returns makes the write
     * miss (or the insert collide) and the build starts again; rows already there at a newer version are kept. One write
     * of all rows, not one per row: the embedded store copies the whole document on each write.
     */
    private ReturnTally build(String cycleId, String partnershipCode) {
        String id = ReturnTally.id(cycleId, partnershipCode);
        var ofCycle = Query.query(Criteria.where("cycleId").is(cycleId).and("partnershipCodes").is(partnershipCode));
        ofCycle.fields().include("version", "cycleId", "partnershipCodes", "organisationName", "sortName", "state", "dueOn", "submittedOnTime",
                "firstSubmittedAt", "phase", "establishmentType", "requiredCount", "requiredAnswered", "areaRatings", "answers");
        for (int attempt = 1; attempt <= BUILD_ATTEMPTS; attempt++) {
            Document existing = mongo.findById(id, Document.class, COLLECTION);
            Document existingRows = existing == null || existing.get("rows") == null ? new Document() : existing.get("rows", Document.class);
            Update update = new Update().setOnInsert("cycleId", cycleId).setOnInsert("partnershipCode", partnershipCode).set("built", true)
                    .inc("revision", 1);
            for (AuditReturn r : mongo.find(ofCycle, AuditReturn.class, RETURNS)) {
                TallyRow row = TallyRow.of(r, partnershipCode);
                Document there = existingRows.get(r.getId(), Document.class);
                if (there == null || there.get("version", Number.class).longValue() <= row.version()) {
                    update.set("rows." + r.getId(), row);
                }
            }
            Criteria unchanged = existing == null || existing.get("revision") == null
                    ? new Criteria().orOperator(Criteria.where("revision").exists(false), Criteria.where("revision").is(0))
                    : Criteria.where("revision").is(existing.get("revision"));
            try {
                if (mongo.upsert(Query.query(Criteria.where("_id").is(id)).addCriteria(unchanged), update, ReturnTally.class).getMatchedCount() > 0
                        || existing == null) {
                    return mongo.findById(id, ReturnTally.class);
                }
            } catch (DuplicateKeyException changedMeanwhile) {
                // created by a change to one of its returns while this read them: read again
            }
        }
        throw new org.springframework.dao.OptimisticLockingFailureException("The tally " + id + " kept changing while it was built");
    }

    /** The tally, if it has no row for the return or one of this version or older. */
    private static Query notNewer(String tallyId, String returnId, long version) {
        return Query.query(Criteria.where("_id").is(tallyId).orOperator(Criteria.where("rows." + returnId).exists(false),
                Criteria.where("rows." + returnId + ".version").lte(version)));
    }
}
