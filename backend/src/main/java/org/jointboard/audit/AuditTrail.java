package org.jointboard.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.internal.AuditEventRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Records an audit event for every change. Called by services right after they save, with the same
 * snapshot the store holds; the MongoDB mapping converter writes it, so the trail shows stored values.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUsers currentUsers;
    private final MongoConverter converter;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUsers currentUsers, MongoConverter converter, Clock clock) {
        this.events = events;
        this.currentUsers = currentUsers;
        this.converter = converter;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public AuditEvent record(String action, String entityType, String entityId, Collection<String> partnershipCodes,
            Document before, Object after) {
        CurrentUser actor = currentUsers.current();
        return events.save(new AuditEvent(null, clock.instant(), actor.subject(), actor.username(), action, entityType,
                entityId, List.copyOf(partnershipCodes), before, snapshot(after)));
    }

    /** Take this before changing an entity, to record what it was. */
    public Document snapshot(Object entity) {
        if (entity == null) {
            return null;
        }
        Document document = new Document();
        converter.write(entity, document);
        return document;
    }
}
