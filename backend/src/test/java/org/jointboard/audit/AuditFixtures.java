package org.jointboard.audit;

import java.util.List;

import org.jointboard.audit.internal.AuditEventRepository;

import org.springframework.boot.test.context.TestComponent;

/** The audit feature's published test fixture: what the trail holds, for other features' tests to check. */
@TestComponent
public class AuditFixtures {

    private final AuditEventRepository events;

    AuditFixtures(AuditEventRepository events) {
        this.events = events;
    }

    public long count() {
        return events.count();
    }

    /** The events of one record, newest first. */
    public List<AuditEvent> of(String recordType, String recordId) {
        return events.findByEntityTypeAndEntityIdOrderByAtDesc(recordType, recordId);
    }
}
