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
public class NotificationSettings implements AuditedRecord.OfOnePartnership {

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
    private java.time.DayOfWeek digestDay = java.time.DayOfWeek.MONDAY;
    private List<QuietPeriod> quietPeriods = List.of();

    /** One rung: who is told once the item is so many days overdue. */
    public record Step(EscalationLevel level, int afterDaysOverdue) { }

    /** Days on which schools' audits are not chased (school holidays), first and last day included. */
    public record QuietPeriod(String label, java.time.LocalDate from, java.time.LocalDate to) {

        boolean covers(java.time.LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    protected NotificationSettings() {
    }

    static NotificationSettings defaults(String partnershipCode) {
        var settings = new NotificationSettings();
        settings.partnershipCode = partnershipCode;
        return settings;
    }

    void change(int daysBefore, int repeatEveryDays, List<Step> escalation, String businessUnitEmail, Set<NotificationKind> switchedOff,
            java.time.DayOfWeek digestDay, List<QuietPeriod> quietPeriods) {
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
        var quiet = quietPeriods == null ? List.<QuietPeriod>of() : quietPeriods;
        for (int i = 0; i < quiet.size(); i++) {
            QuietPeriod period = quiet.get(i);
            if (period.from() == null || period.to() == null) {
                throw new RejectedCommand("quietPeriods[" + i + "].from", "Give the first and last day of the quiet period");
            }
            if (period.to().isBefore(period.from())) {
                throw new RejectedCommand("quietPeriods[" + i + "].to", "The quiet period must end on or after the day it starts");
            }
            if (period.from().plusDays(92).isBefore(period.to())) {
                throw new RejectedCommand("quietPeriods[" + i + "].to", "A quiet period is at most three months (a school holiday): split a longer one");
            }
        }
        if (switchedOff != null && switchedOff.contains(NotificationKind.DIGEST)) {
            throw new RejectedCommand("switchedOff", "The weekly digest is turned off by choosing no digest day, not here");
        }
        this.daysBefore = daysBefore;
        this.repeatEveryDays = repeatEveryDays;
        this.digestDay = digestDay;
        this.quietPeriods = quiet.stream().map(q -> new QuietPeriod(q.label() == null || q.label().isBlank() ? "Quiet period" : q.label().strip(), q.from(), q.to()))
                .toList();
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

    /** Whether the item is chased on the day: its kind is on, and a school's audit is not in a quiet period. */
    public boolean chases(DueItem item, java.time.LocalDate day) {
        return chases(item.kind()) && !(item.school() && quietPeriods.stream().anyMatch(q -> q.covers(day)));
    }

    /** The day the weekly digest goes to the business unit, or null for none. */
    public java.time.DayOfWeek getDigestDay() {
        return digestDay;
    }

    public List<QuietPeriod> getQuietPeriods() {
        return quietPeriods == null ? List.of() : quietPeriods;
    }



    @Override
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
