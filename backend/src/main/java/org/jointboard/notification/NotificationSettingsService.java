package org.jointboard.notification;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jointboard.audit.Snapshots;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** A partnership's reminder settings: read and changed by its board admins; each change audited. */
@Service
public class NotificationSettingsService {

    private final MongoOperations mongo;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;

    NotificationSettingsService(MongoOperations mongo, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    public record SettingsInput(String partnership, Long version, int daysBefore, int repeatEveryDays, List<NotificationSettings.Step> escalation,
            String businessUnitEmail, Set<NotificationKind> switchedOff, java.time.DayOfWeek digestDay, List<NotificationSettings.QuietPeriod> quietPeriods) { }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public NotificationSettings of(String partnershipCode) {
        currentUsers.requireWorksFor(partnershipCode);
        return stored(partnershipCode);
    }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public NotificationSettings update(SettingsInput input) {
        currentUsers.requireWorksFor(input.partnership());
        NotificationSettings settings = stored(input.partnership());
        var before = settings.getVersion() == null ? null : snapshots.of(settings);
        if (settings.getVersion() != null) {
            if (input.version() == null) {
                throw new org.jointboard.common.RejectedCommand("version", "Give the version of the settings you read, so a colleague's change is not overwritten");
            }
            settings.expectVersion(input.version());
        }
        settings.change(input.daysBefore(), input.repeatEveryDays(), input.escalation() == null ? List.of() : input.escalation(), input.businessUnitEmail(),
                input.switchedOff(), input.digestDay(), input.quietPeriods());
        NotificationSettings saved = mongo.save(settings);
        events.publishEvent(new NotificationSettingsChanged("updateNotificationSettings", before, saved));
        return saved;
    }

    /** Every partnership's stored settings, by partnership (the run reads them once). */
    Map<String, NotificationSettings> all() {
        return mongo.findAll(NotificationSettings.class).stream().collect(Collectors.toMap(NotificationSettings::getPartnershipCode, s -> s));
    }

    private NotificationSettings stored(String partnershipCode) {
        NotificationSettings settings = mongo.findById(partnershipCode, NotificationSettings.class);
        return settings == null ? NotificationSettings.defaults(partnershipCode) : settings;
    }
}
