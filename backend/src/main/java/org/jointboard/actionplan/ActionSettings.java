package org.jointboard.actionplan;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partnership's settings for its actions: how many days before the due date an action without a recent update turns amber. */
@Document("actionSettings")
public class ActionSettings implements AuditedRecord.OfOnePartnership {

    public static final int DEFAULT_WARNING_DAYS = 28;

    @Id
    private String partnershipCode;
    @Version
    private Long version;
    private int warningDays = DEFAULT_WARNING_DAYS;

    protected ActionSettings() {
    }

    static ActionSettings defaults(String partnershipCode) {
        var settings = new ActionSettings();
        settings.partnershipCode = partnershipCode;
        return settings;
    }

    void change(int days) {
        if (days < 0 || days > 365) {
            throw new RejectedCommand("warningDays", "Give the warning window in days, from 0 to 365");
        }
        this.warningDays = days;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }



    @Override
    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Long getVersion() {
        return version;
    }

    public int getWarningDays() {
        return warningDays;
    }
}
