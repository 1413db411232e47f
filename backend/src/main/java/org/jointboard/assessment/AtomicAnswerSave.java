package org.jointboard.assessment;

import java.util.function.Function;

import org.jointboard.common.NotFoundException;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Autosave as one conditional update per save, so editors of different questions never refuse each other: the update
 * matches only if each answer it changes still has the revision the editor saw (and new ones are still unanswered)
 * and the return is in the state it was read in; nothing else in the document is compared. Then the progress and
 * ratings kept from the answers are recomputed from the stored answers and written if no answer changed meanwhile
 * (if one did, its own save recomputes them).
 */
@Component
class AtomicAnswerSave {

    private static final int ATTEMPTS = 20;

    private final MongoOperations mongo;

    AtomicAnswerSave(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * Saves the answers {@code plan} works out on the return as read; if the return changed in a way that matters
     * to none of them (someone else started it), plans again on the fresh one.
     *
     * @param read the return as the caller already read it (the first attempt plans on it without reading again)
     * @return the return as stored after the save
     */
    AuditReturn save(AuditReturn read, Framework framework, Function<AuditReturn, AnswerWrite> plan) {
        AuditReturn current = read;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            AnswerWrite write = plan.apply(current); // refuses a real conflict
            if (mongo.updateFirst(matching(read.getId(), write), changes(write), AuditReturn.class).getMatchedCount() == 1) {
                return recount(read.getId(), framework);
            }
            current = load(read.getId());
        }
        throw new org.springframework.dao.OptimisticLockingFailureException("Return " + read.getId() + " kept changing");
    }

    private static Query matching(String returnId, AnswerWrite write) {
        Criteria criteria = Criteria.where("_id").is(returnId).and("state").is(write.readState());
        for (AnswerWrite.Replaced replaced : write.replaced()) {
            criteria = criteria.and("answers." + replaced.index() + ".questionCode").is(replaced.next().questionCode())
                    .and("answers." + replaced.index() + ".revision").is(replaced.expectedRevision());
        }
        if (!write.added().isEmpty()) {
            criteria = criteria.and("answers.questionCode").nin(write.added().stream().map(Answer::questionCode).toList());
        }
        return Query.query(criteria);
    }

    private static Update changes(AnswerWrite write) {
        Update update = new Update().set("lastSavedAt", write.at()).set("lastSavedBy", write.byName()).inc("version", 1);
        write.replaced().forEach(replaced -> update.set("answers." + replaced.index(), replaced.next()));
        if (!write.added().isEmpty()) {
            update.push("answers").each(write.added().toArray());
        }
        if (write.startsTheReturn()) {
            update.set("state", write.started().to()).push("events", write.started());
        }
        return update;
    }

    /** Progress and ratings from the answers as stored, written only over the version they were computed from. */
    private AuditReturn recount(String returnId, Framework framework) {
        AuditReturn stored = load(returnId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            ReturnProgress progress = stored.progress(framework);
            var written = mongo.updateFirst(Query.query(Criteria.where("_id").is(returnId).and("version").is(stored.getVersion())),
                    new Update().set("version", stored.getVersion()) // as it was: Spring Data would otherwise count this as a change
                            .set("requiredCount", progress.requiredCount()).set("requiredAnswered", progress.requiredAnswered())
                            .set("areaRatings", progress.areaRatings()), AuditReturn.class);
            if (written.getMatchedCount() == 1) {
                stored.apply(progress); // now as stored, without reading it again
                return stored;
            }
            stored = load(returnId); // answered again meanwhile: count that too
        }
        return stored;
    }

    private AuditReturn load(String returnId) {
        AuditReturn found = mongo.findById(returnId, AuditReturn.class);
        if (found == null) {
            throw new NotFoundException("Return", returnId);
        }
        return found;
    }
}
