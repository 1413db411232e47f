package org.jointboard.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.jointboard.common.DayRange;
import org.jointboard.common.KeysetPage;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;
import org.jointboard.security.Roles;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading the audit trail: a record's history, a partnership's trail over a period, and the check that its hash chain
 * is unbroken. The partnership's board admins and chair read it; an organisation's lead reads the history of its own
 * returns; nobody else reads any of it. Nothing here (or anywhere) changes or removes an event.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AuditHistory {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));

    private final MongoOperations mongo;
    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final AuditEventRetention auditEventRetention;

    AuditHistory(MongoOperations mongo, KeysetPage pages, CurrentUsers currentUsers, AuditEventRetention auditEventRetention) {
        this.mongo = mongo;
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.auditEventRetention = auditEventRetention;
    }

    /** What the trail can be narrowed by; every field optional. */
    public record TrailFilter(String actorUsername, String recordType, String action, LocalDate from, LocalDate to) { }

    /** The result of walking a partnership's hash chain from its first event. */
    public record ChainReport(String partnership, boolean intact, int eventsChecked, int unchainedEvents, String firstBrokenEventId,
            String firstBrokenAt, String problem) { }

    /** One record's history, newest first, as the caller may read it. */
    public Window<AuditEvent> ofRecord(String recordType, String recordId, ScrollSubrange subrange) {
        CurrentUser user = currentUsers.current();
        Criteria criteria = Criteria.where("entityType").is(recordType).and("entityId").is(recordId);
        if (user.hasAnyRole(List.of(Roles.BOARD_ADMIN, Roles.BOARD_CHAIR))) {
            var readable = new ArrayList<Criteria>();
            readable.add(Criteria.where("partnershipCodes").in(user.partnerships()));
            if (user.hasRole(Roles.BOARD_ADMIN)) {
                readable.add(Criteria.where("partnershipCodes").size(0)); // frameworks belong to no partnership
            }
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(readable));
        } else if (user.hasAnyRole(List.of(Roles.AGENCY_LEAD, Roles.SCHOOL_LEAD)) && recordType.equals("AuditReturn") && user.organisation() != null) {
            criteria = criteria.and("organisationCode").is(user.organisation());
        } else {
            throw new AccessDeniedException("The audit trail is read by board admins and chairs (and an organisation's lead for its own returns)");
        }
        return pages.scroll(AuditEvent.class, criteria, NEWEST_FIRST, subrange);
    }

    /** A partnership's trail, newest first, narrowed by the filter. */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR')")
    public Window<AuditEvent> ofPartnership(String partnershipCode, TrailFilter filter, ScrollSubrange subrange) {
        currentUsers.requireWorksFor(partnershipCode);
        Criteria criteria = Criteria.where("partnershipCodes").is(partnershipCode);
        if (filter != null) {
            if (filter.actorUsername() != null) {
                criteria = criteria.and("actorUsername").is(filter.actorUsername());
            }
            if (filter.recordType() != null) {
                criteria = criteria.and("entityType").is(filter.recordType());
            }
            if (filter.action() != null) {
                criteria = criteria.and("action").is(filter.action());
            }
            var period = DayRange.of("at", filter.from(), filter.to(), "filter.to");
            if (period.isPresent()) {
                criteria = new Criteria().andOperator(criteria, period.get());
            }
        }
        return pages.scroll(AuditEvent.class, criteria, NEWEST_FIRST, subrange);
    }

    /** What the event changed, field by field. */
    public List<FieldChange> changes(AuditEvent event) {
        return FieldChanges.between(event.before(), event.after());
    }

    /**
     * Walks the partnership's chain from its first event, recomputing each event's hash and checking each link names
     * the hash of the event before it; reports the first that does not. Events written before the chain began (no
     * hash) are counted, not checked.
     */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public ChainReport verify(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        var query = Query.query(Criteria.where("partnershipCodes").is(partnershipCode)).with(AuditTrail.CHAIN_ORDER);
        Map<String, Document> pruned = auditEventRetention.prunedFrom(partnershipCode);
        var prunedByRunSeen = new HashMap<String, Integer>();
        String previous = null;
        int checked = 0;
        int unchained = 0;
        try (var stream = mongo.stream(query, AuditEvent.class)) {
            for (var iterator = stream.iterator(); iterator.hasNext(); ) {
                AuditEvent event = iterator.next();
                if (event.hash() == null) {
                    unchained++;
                    continue;
                }
                checked++;
                var link = event.links() == null ? java.util.Optional.<AuditEvent.ChainLink>empty()
                        : event.links().stream().filter(l -> partnershipCode.equals(l.chain())).findFirst();
                String linked = link.isPresent() ? link.get().previousHash() : "(no link)"; // null: the first of its chain
                boolean followsPruned = linked != null && pruned.containsKey(linked);
                if (!java.util.Objects.equals(linked, previous) && !followsPruned) {
                    return broken(partnershipCode, checked, unchained, event, "It does not follow the event before it: an event was removed, added or reordered");
                }
                if (!HashChain.hash(event).equals(event.hash())) {
                    return broken(partnershipCode, checked, unchained, event, "Its content does not match its hash: it was changed after it was written");
                }
                if (prunedAuditEvents(event)) {
                    prunedByRunSeen.put(event.after().getString("runId"), event.after().getInteger("count", 0));
                }
                previous = event.hash();
            }
        }
        String forged = forgedPrune(pruned, prunedByRunSeen);
        if (forged != null) {
            return new ChainReport(partnershipCode, false, checked, unchained, null, null, forged);
        }
        return new ChainReport(partnershipCode, true, checked, unchained, null, null, null);
    }

    private static boolean prunedAuditEvents(AuditEvent event) {
        return "RetentionRun".equals(event.entityType()) && event.after() != null && RetentionKind.AUDIT_EVENTS.name().equals(event.after().getString("kind"));
    }

    /**
     * Pruned hashes are trusted only as far as the chained run events vouch for them: each run that pruned this chain must
     * have its own event in the chain (or have been pruned itself by a later run) and must have pruned at least as many.
     */
    private static String forgedPrune(Map<String, Document> pruned, Map<String, Integer> countByRun) {
        var prunedRunEvents = pruned.values().stream().filter(p -> "RetentionRun".equals(p.getString("entityType")))
                .map(p -> p.getString("entityId")).collect(java.util.stream.Collectors.toSet());
        var perRun = pruned.values().stream().collect(java.util.stream.Collectors.groupingBy(p -> String.valueOf(p.getString("runId")),
                java.util.stream.Collectors.counting()));
        for (var run : perRun.entrySet()) {
            Integer vouched = countByRun.get(run.getKey());
            boolean runEventPruned = prunedRunEvents.stream().anyMatch(id -> id.startsWith(run.getKey() + "-"));
            if (vouched == null ? !runEventPruned : run.getValue() > vouched) {
                return "Events are marked as removed by retention run " + run.getKey() + " that no recorded run removed";
            }
        }
        return null;
    }

    private static ChainReport broken(String partnership, int checked, int unchained, AuditEvent event, String problem) {
        return new ChainReport(partnership, false, checked, unchained, event.id(), event.at().toString(), problem);
    }

    /** Words for a mutation's name: "reviewRisk" → "Review risk". */
    public static String label(String action) {
        String words = action.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

}
