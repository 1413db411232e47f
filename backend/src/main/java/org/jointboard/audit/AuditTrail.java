package org.jointboard.audit;

import java.time.Clock;
import java.util.List;

import org.jointboard.audit.internal.AuditEventRepository;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Writes an audit event for every {@link AuditedChange} a feature publishes. The listener runs synchronously in the
 * request that made the change, so the actor is the caller, and the event is stored before the reply is sent.
 */
@Service
public class AuditTrail {

    private final AuditEventRepository events;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, CurrentUsers currentUsers, Snapshots snapshots, Clock clock) {
        this.events = events;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @EventListener
    @PreAuthorize("isAuthenticated()")
    public void record(AuditedChange change) {
        CurrentUser actor = currentUsers.current();
        events.save(new AuditEvent(null, clock.instant(), actor.subject(), actor.username(), change.action(), change.recordType(),
                change.recordId(), List.copyOf(change.partnershipCodes()), change.before(), snapshots.of(change.after())));
    }
}
