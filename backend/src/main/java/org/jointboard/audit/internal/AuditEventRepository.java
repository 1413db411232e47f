package org.jointboard.audit.internal;

import java.util.List;

import org.jointboard.audit.AuditEvent;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface AuditEventRepository extends MongoRepository<AuditEvent, String> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByAtDesc(String entityType, String entityId);
}
