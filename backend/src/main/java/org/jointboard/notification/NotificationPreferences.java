package org.jointboard.notification;

import java.util.Optional;

import org.jointboard.audit.Snapshots;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The caller's own reminder preference, as the person the register lists under their sign-in name. */
@Service
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','COMMITTEE_MEMBER','AGENCY_LEAD','SCHOOL_LEAD')")
public class NotificationPreferences {

    private final MongoOperations mongo;
    private final Recipients recipients;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;

    NotificationPreferences(MongoOperations mongo, Recipients recipients, CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events) {
        this.mongo = mongo;
        this.recipients = recipients;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
    }

    /** The caller's preference; empty if the register has no person with their sign-in name (they get no reminders). */
    public Optional<NotificationPreference> mine() {
        return recipients.byUsername(currentUsers.current().username())
                .map(person -> Optional.ofNullable(mongo.findById(person.personId(), NotificationPreference.class)).orElseGet(() -> new NotificationPreference(person)));
    }

    public NotificationPreference setMine(boolean digestOnly, Long version) {
        Recipients.RegisteredPerson person = recipients.byUsername(currentUsers.current().username()).orElseThrow(() -> new RejectedCommand("digestOnly",
                "The people register has no entry with your sign-in name, so JointBoard sends you no reminders: ask the business unit to add it"));
        NotificationPreference preference = Optional.ofNullable(mongo.findById(person.personId(), NotificationPreference.class))
                .orElseGet(() -> new NotificationPreference(person));
        var before = preference.getVersion() == null ? null : snapshots.of(preference);
        if (preference.getVersion() != null) {
            if (version == null) {
                throw new RejectedCommand("version", "Give the version of your preference you read");
            }
            preference.expectVersion(version);
        }
        preference.choose(digestOnly, person.partnershipCodes());
        NotificationPreference saved = mongo.save(preference);
        events.publishEvent(new NotificationPreferenceChanged("setMyNotificationPreferences", before, saved));
        return saved;
    }
}
