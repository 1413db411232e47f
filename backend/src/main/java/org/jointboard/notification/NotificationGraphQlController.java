package org.jointboard.notification;

import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

@Controller
class NotificationGraphQlController {

    private final NotificationSettingsService settings;
    private final ReminderRuns runs;
    private final NotificationLog notificationLog;
    private final SentMail sentMail;
    private final ApplicationEventPublisher events;
    private final NotificationPreferences preferences;

    NotificationGraphQlController(NotificationSettingsService settings, ReminderRuns runs, NotificationLog notificationLog, SentMail sentMail,
            ApplicationEventPublisher events, NotificationPreferences preferences) {
        this.preferences = preferences;
        this.settings = settings;
        this.runs = runs;
        this.notificationLog = notificationLog;
        this.sentMail = sentMail;
        this.events = events;
    }

    record SendRemindersNowInput(String partnership) { }

    record SetMyNotificationPreferencesInput(Boolean digestOnly, Long version) { }

    @QueryMapping
    NotificationPreference myNotificationPreferences() {
        return preferences.mine().orElse(null);
    }

    @MutationMapping
    Map<String, Object> setMyNotificationPreferences(@Argument SetMyNotificationPreferencesInput input) {
        return Map.of("preferences", preferences.setMine(Boolean.TRUE.equals(input.digestOnly()), input.version()));
    }

    @QueryMapping
    NotificationSettings notificationSettings(@Argument String partnership) {
        return settings.of(partnership);
    }

    @MutationMapping
    Map<String, Object> updateNotificationSettings(@Argument NotificationSettingsService.SettingsInput input) {
        return Map.of("settings", settings.update(input));
    }

    @QueryMapping
    List<ReminderRuns.Planned> previewReminders(@Argument String partnership) {
        return runs.preview(partnership);
    }

    @MutationMapping
    Map<String, Object> sendRemindersNow(@Argument SendRemindersNowInput input) {
        ReminderRuns.RunReport report = runs.sendNow(input.partnership());
        events.publishEvent(new RemindersSent(report.runId(), List.of(input.partnership()), new Document("sent", report.sent()).append("failed", report.failed())
                .append("invalidAddresses", report.invalidAddresses()).append("alreadySent", report.alreadySent()).append("millis", report.millis())));
        return Map.of("report", report);
    }

    @QueryMapping
    Window<Notification> notificationLog(@Argument String partnership, @Argument NotificationLog.Filter filter, ScrollSubrange subrange) {
        return notificationLog.page(partnership, filter, subrange);
    }

    @QueryMapping
    List<NotificationLog.ItemReminders> reminderSummaries(@Argument String partnership, @Argument List<String> itemIds) {
        return notificationLog.summaries(partnership, itemIds);
    }

    @SchemaMapping(typeName = "ItemReminders")
    String lastRemindedAt(NotificationLog.ItemReminders r) {
        return r.lastRemindedAt() == null ? null : r.lastRemindedAt().toString();
    }

    @SchemaMapping(typeName = "ItemReminders")
    String lastEscalatedAt(NotificationLog.ItemReminders r) {
        return r.lastEscalatedAt() == null ? null : r.lastEscalatedAt().toString();
    }

    @QueryMapping
    SentMail.Mailbox sentEmail(@Argument String partnership, @Argument Integer first) {
        return sentMail.of(partnership, first == null ? 50 : first);
    }

    @SchemaMapping(typeName = "NotificationSettings")
    String partnership(NotificationSettings s) {
        return s.getPartnershipCode();
    }

    @SchemaMapping(typeName = "ReminderRunReport")
    List<Map<String, Object>> sentByKind(ReminderRuns.RunReport report) {
        return report.sentByKind().entrySet().stream().map(e -> Map.<String, Object>of("kind", e.getKey(), "count", e.getValue())).toList();
    }

    @SchemaMapping(typeName = "Notification")
    String createdAt(Notification n) {
        return n.createdAt().toString();
    }

    @SchemaMapping(typeName = "Notification")
    String sentAt(Notification n) {
        return n.sentAt() == null ? null : n.sentAt().toString();
    }

    @SchemaMapping(typeName = "SentEmail")
    String receivedAt(SentMail.Message m) {
        return m.receivedAt().toString();
    }
}
