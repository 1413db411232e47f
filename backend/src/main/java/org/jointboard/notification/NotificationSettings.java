package org.jointboard.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jointboard.audit.AuditedRecord;
import org.jointboard.common.RejectedCommand;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a partnership chases: how many days before a date the first reminder goes, how often an overdue item is
 * reminded again, the escalation ladder (each rung after so many days overdue), the business unit's address (a rung of
 * the ladder) and which kinds are chased at all.
 */
@Document("notificationSettings")
public class NotificationSettings implements AuditedRecord {

    public static final int DEFAULT_DAYS_BEFORE = 7;
    public static final int DEFAULT_REPEAT_DAYS = 7;
    public static final List<Step> DEFAULT_LADDER = List.of(new Step(EscalationLevel.OWNING_BODY_CHAIR, 14), new Step(EscalationLevel.BUSINESS_UNIT, 28),
            new Step(EscalationLevel.INDEPENDENT_CHAIR, 42));

    @Id
    private String partnershipCode;
    @Version
    private Long version;
    private int daysBefore = DEFAULT_DAYS_BEFORE;
    private int repeatEveryDays = DEFAULT_REPEAT_DAYS;
    private List<Step> escalation = DEFAULT_LADDER;
    private String businessUnitEmail;
    private Set<NotificationKind> switchedOff = EnumSet.noneOf(NotificationKind.class);

    /** One rung: who is told once the item is so many days overdue. */
    public record Step(EscalationLevel level, int afterDaysOverdue) { }

    protected NotificationSettings() {
    }

    static NotificationSettings defaults(String partnershipCode) {
        var settings = new NotificationSettings();
        settings.partnershipCode = partnershipCode;
        return settings;
    }

    void change(int daysBefore, int repeatEveryDays, List<Step> escalation, String businessUnitEmail, Set<NotificationKind> switchedOff) {
        if (daysBefore < 0 || daysBefore > 90) {
            throw new RejectedCommand("daysBefore", "Give the days before a date for the first reminder, from 0 to 90");
        }
        if (repeatEveryDays < 1 || repeatEveryDays > 90) {
            throw new RejectedCommand("repeatEveryDays", "Give how often an overdue item is reminded again, from 1 to 90 days");
        }
        var ladder = new ArrayList<Step>();
        for (int i = 0; i < escalation.size(); i++) {
            Step step = escalation.get(i);
            if (step.level() == null) {
                throw new RejectedCommand("escalation[" + i + "].level", "Say who this step of the ladder tells");
            }
            if (step.afterDaysOverdue() < 1 || step.afterDaysOverdue() > 365) {
                throw new RejectedCommand("escalation[" + i + "].afterDaysOverdue", "Give the days overdue before this step, from 1 to 365");
            }
            if (i > 0 && step.afterDaysOverdue() <= escalation.get(i - 1).afterDaysOverdue()) {
                throw new RejectedCommand("escalation[" + i + "].afterDaysOverdue", "Each step comes later than the one before it ("
                        + escalation.get(i - 1).afterDaysOverdue() + " days)");
            }
            if (ladder.stream().anyMatch(s -> s.level() == step.level())) {
                throw new RejectedCommand("escalation[" + i + "].level", "Each of the ladder's people is told once: " + step.level().words() + " is given twice");
            }
            ladder.add(step);
        }
        String unit = businessUnitEmail == null || businessUnitEmail.isBlank() ? null : businessUnitEmail.strip();
        if (unit != null && !EmailAddresses.valid(unit)) {
            throw new RejectedCommand("businessUnitEmail", "Give the business unit's e-mail address, such as safeguarding.partnership@council.gov.uk");
        }
        this.daysBefore = daysBefore;
        this.repeatEveryDays = repeatEveryDays;
        this.escalation = List.copyOf(ladder);
        this.businessUnitEmail = unit;
        this.switchedOff = switchedOff == null || switchedOff.isEmpty() ? EnumSet.noneOf(NotificationKind.class) : EnumSet.copyOf(switchedOff);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    public boolean chases(NotificationKind kind) {
        return !switchedOff.contains(kind);
    }

    @Override
    public String getId() {
        return partnershipCode;
    }

    @Override
    public List<String> getPartnershipCodes() {
        return List.of(partnershipCode);
    }

    public String getPartnershipCode() {
        return partnershipCode;
    }

    public Long getVersion() {
        return version;
    }

    public int getDaysBefore() {
        return daysBefore;
    }

    public int getRepeatEveryDays() {
        return repeatEveryDays;
    }

    public List<Step> getEscalation() {
        return escalation;
    }

    public String getBusinessUnitEmail() {
        return businessUnitEmail;
    }

    public Set<NotificationKind> getSwitchedOff() {
        return Set.copyOf(switchedOff);
    }
}
