package org.jointboard.audit;

import java.util.List;

import org.jointboard.audit.AuditHistory.ChainReport;
import org.jointboard.audit.AuditHistory.TrailFilter;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class AuditGraphQlController {

    private final AuditHistory history;

    AuditGraphQlController(AuditHistory history) {
        this.history = history;
    }

    @QueryMapping
    Window<AuditEvent> recordHistory(@Argument String recordType, @Argument String recordId, ScrollSubrange subrange) {
        return history.ofRecord(recordType, recordId, subrange);
    }

    @QueryMapping
    Window<AuditEvent> auditTrail(@Argument String partnership, @Argument TrailFilter filter, ScrollSubrange subrange) {
        return history.ofPartnership(partnership, filter, subrange);
    }

    @QueryMapping
    ChainReport verifyAuditTrail(@Argument String partnership) {
        return history.verify(partnership);
    }

    @SchemaMapping(typeName = "AuditEvent")
    String at(AuditEvent event) {
        return event.at().toString();
    }

    @SchemaMapping(typeName = "AuditEvent")
    List<String> actorRoles(AuditEvent event) {
        return event.actorRoles() == null ? List.of() : event.actorRoles();
    }

    @SchemaMapping(typeName = "AuditEvent")
    String actionLabel(AuditEvent event) {
        return AuditHistory.label(event.action());
    }

    @SchemaMapping(typeName = "AuditEvent")
    String recordType(AuditEvent event) {
        return event.entityType();
    }

    @SchemaMapping(typeName = "AuditEvent")
    String recordId(AuditEvent event) {
        return event.entityId();
    }

    @SchemaMapping(typeName = "AuditEvent")
    List<FieldChange> changes(AuditEvent event) {
        return history.changes(event);
    }
}
