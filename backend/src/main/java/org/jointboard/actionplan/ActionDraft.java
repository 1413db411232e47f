package org.jointboard.actionplan;

import java.time.Instant;
import java.util.List;

import org.jointboard.audit.AuditedRecord;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An update someone has started writing on an action and not yet recorded; one per person and action. */
@Document("actionDrafts")
public record ActionDraft(@Id String id, String actionId, List<String> partnershipCodes, String username, String text,
        Action.Status status, boolean internal, Instant savedAt) implements AuditedRecord {

    @Override
    public String getId() {
        return id;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }
}
