package org.jointboard.audit;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;

/**
 * Who changed what, when: one event per successful mutation, with the record before and after.
 * Kept in its own collection because history grows without bound.
 */
@org.springframework.data.mongodb.core.mapping.Document("auditEvents")
@CompoundIndex(name = "by_entity", def = "{'entityType': 1, 'entityId': 1, 'at': -1}")
public record AuditEvent(@Id String id, Instant at, String actorSubject, String actorUsername, String action,
        String entityType, String entityId, List<String> partnershipCodes, Document before, Document after) {
}
