package org.jointboard.assessment;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Each organisation's latest answered return of an earlier cycle of the same framework code (in any partnership: the
 * answers are the organisation's own), for a newly issued return to start from. Two reads, whatever the number of
 * organisations: the earlier cycles, then their returns for these organisations.
 */
@Component
class LastCycleReturns {

    private final MongoOperations mongo;
    private final FrameworkService frameworks;

    LastCycleReturns(MongoOperations mongo, FrameworkService frameworks) {
        this.mongo = mongo;
        this.frameworks = frameworks;
    }

    /** Starts each new return from its organisation's last answers, where it has any. */
    void carryInto(AuditCycle cycle, List<AuditReturn> created, Framework framework) {
        Map<String, AuditReturn> latest = latestBefore(cycle, created.stream().map(AuditReturn::getOrganisationId).toList());
        Map<String, Framework> editions = new HashMap<>();
        for (AuditReturn into : created) {
            AuditReturn previous = latest.get(into.getOrganisationId());
            if (previous != null) {
                Framework before = editions.computeIfAbsent(previous.getFrameworkId(), id -> frameworks.require(id, "id"));
                into.startFrom(CarryForward.answers(previous, before, into, framework), framework);
            }
        }
    }

    private Map<String, AuditReturn> latestBefore(AuditCycle cycle, Collection<String> organisationIds) {
        var cycles = Query.query(Criteria.where("frameworkCode").is(cycle.getFrameworkCode())
                .and("dueOn").lt(cycle.getDueOn()).and("status").ne(AuditCycle.Status.PLANNED.name()).and("_id").ne(cycle.getId()));
        cycles.fields().include("_id");
        List<String> earlier = mongo.find(cycles, AuditCycle.class).stream().map(AuditCycle::getId).toList();
        if (earlier.isEmpty() || organisationIds.isEmpty()) {
            return Map.of();
        }
        var query = Query.query(Criteria.where("cycleId").in(earlier).and("organisationId").in(organisationIds).and("answers.0").exists(true))
                .with(Sort.by(Sort.Order.desc("dueOn")));
        query.fields().include("cycleId", "cycleTitle", "frameworkId", "organisationId", "dueOn", "answers", "partnershipCodes");
        var latest = new LinkedHashMap<String, AuditReturn>();
        mongo.find(query, AuditReturn.class).forEach(r -> latest.putIfAbsent(r.getOrganisationId(), r));
        return latest;
    }
}
