package org.jointboard.ui.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jointboard.ui.api.GraphQlApi;

import org.springframework.stereotype.Component;

/** When the items of a list (the tracker's chase list) were last reminded and escalated, for board admins' pages. */
@Component
public class ReminderSummaries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final GraphQlApi api;

    ReminderSummaries(GraphQlApi api) {
        this.api = api;
    }

    public record Summary(String itemId, int reminders, Instant lastRemindedAt, int escalations, Instant lastEscalatedAt, String lastEscalatedTo) {

        /** "3 reminders, last 24 Nov 2026", or "Not yet reminded". */
        public String reminded() {
            return reminders == 0 ? "Not yet reminded" : reminders + (reminders == 1 ? " reminder" : " reminders") + ", last " + DAY.format(lastRemindedAt);
        }

        /** "To the business unit, 24 Nov 2026", or "Not escalated". */
        public String escalated() {
            return escalations == 0 ? "Not escalated"
                    : "To " + NotificationClient.level(lastEscalatedTo).toLowerCase(Locale.UK) + ", " + DAY.format(lastEscalatedAt);
        }
    }

    public Map<String, Summary> of(String partnership, List<String> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return api.fetchList("reminderSummaries", Map.of("partnership", partnership, "itemIds", itemIds), "reminderSummaries", Summary.class).stream()
                .collect(Collectors.toMap(Summary::itemId, Function.identity()));
    }

    public static Summary none(String itemId) {
        return new Summary(itemId, 0, null, 0, null, null);
    }
}
