package org.jointboard.ui.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jointboard.ui.api.ConnectionPage;
import org.jointboard.ui.api.GraphQlApi;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** The reminder operations of the backend's API: settings, preview, send now, the log and the embedded server's mailbox. */
@Component
class NotificationClient {

    private final GraphQlApi api;

    NotificationClient(GraphQlApi api) {
        this.api = api;
    }

    record Step(String level, int afterDaysOverdue) { }

    record QuietPeriod(String label, LocalDate from, LocalDate to) { }

    record Settings(String partnership, Long version, int daysBefore, int repeatEveryDays, List<Step> escalation, String businessUnitEmail,
            List<String> switchedOff, String digestDay, List<QuietPeriod> quietPeriods) { }

    record Planned(String kind, String itemId, String itemTitle, String path, String recipientName, String recipientEmail, String step, String level,
            LocalDate deadline, String subject, boolean alreadySent) { }

    record KindCount(String kind, int count) { }

    record RunReport(String runId, LocalDate day, int sent, int failed, int invalidAddresses, int alreadySent, List<KindCount> sentByKind, long millis) { }

    record Entry(String id, String kind, String itemId, String itemTitle, String path, String recipientName, String recipientEmail, String step,
            String level, LocalDate deadline, String subject, String status, int attempts, String lastError, String createdAt, String sentAt) { }

    record Message(String to, String subject, String receivedAt, String kind, String itemId, String text) { }

    record Mailbox(boolean embedded, List<Message> messages) { }

    Settings settings(String partnership) {
        return api.fetch("notificationSettings", Map.of("partnership", partnership), "notificationSettings", Settings.class);
    }

    Settings update(Settings changed) {
        var input = new HashMap<String, Object>();
        input.put("partnership", changed.partnership());
        input.put("version", changed.version());
        input.put("daysBefore", changed.daysBefore());
        input.put("repeatEveryDays", changed.repeatEveryDays());
        input.put("escalation", changed.escalation().stream().map(s -> Map.of("level", s.level(), "afterDaysOverdue", s.afterDaysOverdue())).toList());
        input.put("businessUnitEmail", changed.businessUnitEmail());
        input.put("switchedOff", changed.switchedOff());
        input.put("digestDay", changed.digestDay());
        input.put("quietPeriods", changed.quietPeriods().stream().map(q -> {
            var period = new HashMap<String, Object>();
            period.put("label", q.label());
            period.put("from", q.from() == null ? null : q.from().toString());
            period.put("to", q.to() == null ? null : q.to().toString());
            return period;
        }).toList());
        return api.fetch("updateNotificationSettings", Map.of("input", input), "updateNotificationSettings.settings", Settings.class);
    }

    List<Planned> preview(String partnership) {
        return api.fetchList("previewReminders", Map.of("partnership", partnership), "previewReminders", Planned.class);
    }

    RunReport sendNow(String partnership) {
        return api.fetch("sendRemindersNow", Map.of("partnership", partnership), "sendRemindersNow.report", RunReport.class);
    }

    ConnectionPage<Entry> log(String partnership, Map<String, Object> filter, int first, String after) {
        var variables = new HashMap<String, Object>();
        variables.put("partnership", partnership);
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        return api.fetch("notificationLog", variables, "notificationLog", new ParameterizedTypeReference<ConnectionPage<Entry>>() { });
    }

    Mailbox sentEmail(String partnership) {
        return api.fetch("sentEmail", Map.of("partnership", partnership, "first", 200), "sentEmail", Mailbox.class);
    }

    static String kind(String kind) {
        return switch (kind) {
            case "RETURN" -> "Return";
            case "RISK_REVIEW" -> "Risk review";
            case "ACTION" -> "Action";
            default -> kind;
        };
    }

    static String level(String level) {
        return switch (level) {
            case "OWNING_BODY_CHAIR" -> "Chair of the owning body";
            case "BUSINESS_UNIT" -> "Business unit";
            case "INDEPENDENT_CHAIR" -> "Independent chair";
            default -> level;
        };
    }

    /** A step in words: "3 days before", "overdue (2nd repeat)", "escalated to the business unit". */
    static String step(String step, String level) {
        if (level != null) {
            return "Escalated to " + level(level).toLowerCase(java.util.Locale.UK);
        }
        if (step.equals("before")) {
            return "Before the date";
        }
        if (step.equals("due-today")) {
            return "On the day";
        }
        if (step.equals("digest")) {
            return "Weekly digest";
        }
        if (step.startsWith("returned-")) {
            return "Returned for changes";
        }
        if (step.matches("overdue-\\d+")) {
            int repeat = Integer.parseInt(step.substring("overdue-".length()));
            return repeat == 0 ? "Overdue" : "Overdue, reminder " + (repeat + 1);
        }
        return step; // a step this page does not know yet: shown as it is rather than failing the page
    }
}
