package org.jointboard.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;
import org.jointboard.audit.AuditEvent.ChainLink;
import org.jointboard.audit.internal.AuditEventRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes an audit event for every {@link AuditedChange} a feature publishes. The listener runs synchronously in the
 * request that made the change, so the actor is the caller, and the event is stored before the reply is sent. Each
 * event links to the latest event of each of its partnerships' chains; writing is serialised in this process so two
 * changes at once do not both link to the same event (several backend instances would need a shared lock: see the notes).
 */
@Service
public class AuditTrail {

    static final Sort CHAIN_ORDER = Sort.by(Sort.Order.asc("at"), Sort.Order.asc("_id"));

    private final AuditEventRepository events;
    private final MongoOperations mongo;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, MongoOperations mongo, CurrentUsers currentUsers, Snapshots snapshots, Clock clock) {
        this.events = events;
        this.mongo = mongo;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @EventListener
    @PreAuthorize("isAuthenticated()")
    public synchronized void record(AuditedChange change) {
        CurrentUser actor = currentUsers.current();
        var unlinked = new AuditEvent(new ObjectId().toHexString(), clock.instant().truncatedTo(ChronoUnit.MILLIS), actor.subject(),
                actor.username(), actor.name(), List.copyOf(actor.roles()), change.action(), change.recordType(), change.recordId(),
                List.copyOf(change.partnershipCodes()), change.organisationCode(), change.reason(), change.before(), snapshots.of(change.after()),
                null, null);
        var links = new ArrayList<ChainLink>();
        for (String chain : HashChain.chainsOf(unlinked)) {
            links.add(new ChainLink(chain, latestHash(chain)));
        }
        var linked = withLinks(unlinked, links, null);
        AuditEvent stored = events.insert(withLinks(linked, links, HashChain.hash(linked)));
        links.forEach(link -> moveHead(link.chain(), stored.hash()));
    }

    /**
     * Each chain's head (the hash of its latest event) is kept in {@code auditChainHeads}, so linking costs one read by id
     * however long the trail. At start the heads are worked out again from the events, so a crash between writing an
     * event and moving its heads cannot leave a head behind (which would read as a broken chain).
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationStartedEvent.class)
    public synchronized void rebuildHeads() {
        for (Object chain : mongo.getCollection("auditEvents").distinct("partnershipCodes", String.class)) {
            moveHead(String.valueOf(chain), latestHashInEvents(String.valueOf(chain)));
        }
        moveHead(HashChain.NO_PARTNERSHIP, latestHashInEvents(HashChain.NO_PARTNERSHIP));
    }

    private String latestHash(String chain) {
        org.bson.Document head = mongo.getCollection("auditChainHeads").find(new org.bson.Document("_id", chain)).first();
        return head == null ? latestHashInEvents(chain) : head.getString("hash");
    }

    private void moveHead(String chain, String hash) {
        if (hash != null) {
            mongo.getCollection("auditChainHeads").replaceOne(new org.bson.Document("_id", chain), new org.bson.Document("_id", chain).append("hash", hash),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
    }

    /** The hash of the latest event of a chain, or null if it has none yet. */
    private String latestHashInEvents(String chain) {
        Criteria inChain = chain.equals(HashChain.NO_PARTNERSHIP) ? Criteria.where("partnershipCodes").size(0) : Criteria.where("partnershipCodes").is(chain);
        var query = Query.query(inChain.and("hash").exists(true)).with(Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id"))).limit(1);
        query.fields().include("hash");
        AuditEvent latest = mongo.findOne(query, AuditEvent.class);
        return latest == null ? null : latest.hash();
    }

    private static AuditEvent withLinks(AuditEvent e, List<ChainLink> links, String hash) {
        return new AuditEvent(e.id(), e.at(), e.actorSubject(), e.actorUsername(), e.actorName(), e.actorRoles(), e.action(), e.entityType(),
                e.entityId(), e.partnershipCodes(), e.organisationCode(), e.reason(), e.before(), e.after(), List.copyOf(links), hash);
    }
}
