package org.jointboard.notification;

import java.util.List;

import org.jointboard.audit.AuditedRecord;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's choice about reminders: {@code digestOnly} replaces the separate reminders about risk reviews and actions
 * (not statutory) with one weekly digest. Reminders about returns' deadlines, notices and escalations still come as they
 * happen: nobody can switch those off.
 */
@Document("notificationPreferences")
public class NotificationPreference implements AuditedRecord {

    @Id
    private String personId;
    @Version
    private Long version;
    private List<String> partnershipCodes = List.of();
    private boolean digestOnly;

    protected NotificationPreference() {
    }

    NotificationPreference(Recipients.RegisteredPerson person) {
        this.personId = person.personId();
        this.partnershipCodes = List.copyOf(person.partnershipCodes());
    }

    void choose(boolean digestOnly, List<String> partnershipCodes) {
        this.digestOnly = digestOnly;
        this.partnershipCodes = List.copyOf(partnershipCodes);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    /** Whether a reminder of this kind to this person waits for their weekly digest. */
    static boolean waitsForDigest(NotificationKind kind) {
        return kind == NotificationKind.RISK_REVIEW || kind == NotificationKind.ACTION;
    }

    @Override
    public String getId() {
        return personId;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return partnershipCodes;
    }

    public Long getVersion() {
        return version;
    }

    public boolean isDigestOnly() {
        return digestOnly;
    }
}
