package org.jointboard.audit;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;

/**
 * Who changed what, when: one event per successful mutation, with the record before and after. Kept in its own
 * collection because history grows without bound. Each event is linked into the hash chain of every partnership it is
 * filed under ({@link #links}, {@link #hash}), so an edit made directly in the store is found by {@code verifyAuditTrail}.
 * Events are only ever inserted.
 */
@org.springframework.data.mongodb.core.mapping.Document("auditEvents")
@CompoundIndexes({
        @CompoundIndex(name = "by_entity", def = "{'entityType': 1, 'entityId': 1, 'at': -1}"),
        @CompoundIndex(name = "by_partnership", def = "{'partnershipCodes': 1, 'at': -1, '_id': -1}") })
public record AuditEvent(@Id String id, Instant at, String actorSubject, String actorUsername, String actorName, List<String> actorRoles,
        String action, String entityType, String entityId, List<String> partnershipCodes, String organisationCode, String reason,
        Document before, Document after, List<ChainLink> links, String hash) {

    /** The hash of the event before this one in a partnership's chain ({@code "*"}: events of no partnership); null for the first. */
    public record ChainLink(String chain, String previousHash) { }
}
