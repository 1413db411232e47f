package org.jointboard.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** Words for a reminder or an escalation: a subject that says what and when, the next step, and the link to the page. */
final class MailComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private MailComposer() {
    }

    record Mail(String subject, String text, String html) { }

    static Mail compose(DueItem item, ReminderPlanner.Step step, String recipientName, String link, List<Notification> earlier, String partnershipName) {
        String date = DAY.format(item.deadline());
        String subject = switch (stepKind(step)) {
            case "before" -> "Reminder: " + item.title() + " is due on " + date;
            case "due-today" -> "Due today: " + item.title();
            case "overdue" -> "Overdue: " + item.title() + " was due on " + date;
            default -> "Escalated: " + item.title() + " is " + step.daysOverdue() + " days overdue";
        };
        var lines = new java.util.ArrayList<String>();
        lines.add("Dear " + recipientName + ",");
        lines.add("");
        if (step.level() == null) {
            lines.add(item.title() + (step.daysOverdue() > 0 ? " was due on " + date + " and is " + step.daysOverdue() + " days overdue."
                    : step.name().equals("due-today") ? " is due today." : " is due on " + date + "."));
            lines.add("What to do next: " + nextStep(item.kind()) + ".");
        } else {
            lines.add("You are told as " + step.level().words() + ": " + item.title() + " was due on " + date + " and is " + step.daysOverdue()
                    + " days overdue.");
            lines.add(earlier.isEmpty() ? "No reminders had been sent before this." : "Reminders already sent:");
            earlier.forEach(n -> lines.add("  - " + DAY.format(n.sentAt().atZone(java.time.ZoneId.of("Europe/London"))) + " to " + n.recipientName()
                    + (n.level() == null ? "" : " (" + n.level().words() + ")")));
            lines.add("What to do next: ask whoever holds it to " + nextStep(item.kind()) + ", or agree a new date.");
        }
        lines.add("");
        lines.add("Open it: " + link);
        lines.add("");
        lines.add("Sent by JointBoard for " + partnershipName + ". This is a statutory reminder; please do not reply to this address.");
        return mail(subject, lines, link, item.title());
    }

    /** The plain text, and the same in HTML with the "Open it" line as a link named by the item. */
    private static Mail mail(String subject, List<String> lines, String link, String title) {
        String text = String.join("\n", lines);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>").append(HtmlUtils.htmlEscape(subject))
                .append("</title></head><body>");
        for (String line : lines) {
            if (line.startsWith("Open it: ")) {
                html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">Open ").append(HtmlUtils.htmlEscape(title)).append("</a></p>");
            } else if (!line.isEmpty()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>");
            }
        }
        html.append("</body></html>");
        return new Mail(subject, text, html.toString());
    }

    /** A notice sent as a change happens (a return returned for changes): what happened, the next step, the link. */
    static Mail notice(Notices.Notice notice, String recipientName, String link, String partnershipName) {
        var lines = new java.util.ArrayList<String>();
        lines.add("Dear " + recipientName + ",");
        lines.add("");
        lines.addAll(List.of(notice.what().split("\n", -1)));
        lines.add("");
        lines.add("What to do next: " + notice.nextStep() + " by " + DAY.format(notice.deadline()) + ".");
        lines.add("");
        lines.add("Open it: " + link);
        lines.add("");
        lines.add("Sent by JointBoard for " + partnershipName + ". Please do not reply to this address.");
        return mail(notice.subject(), lines, link, notice.title());
    }

    /** A person's weekly digest (they chose it over separate reminders): their risk reviews and actions due or overdue. */
    static Mail personalDigest(String name, List<DueItem> items, LocalDate day, String uiUrl, String partnershipName) {
        var lines = new java.util.ArrayList<String>();
        lines.add("Dear " + name + ",");
        lines.add("");
        lines.add(items.isEmpty() ? "Nothing of yours is due this week." : "What needs you this week (" + items.size() + "):");
        items.stream().sorted(java.util.Comparator.comparing(DueItem::deadline)).forEach(i -> lines.add("  - " + i.title() + ": "
                + (i.deadline().isBefore(day) ? java.time.temporal.ChronoUnit.DAYS.between(i.deadline(), day) + " days overdue" : "due " + DAY.format(i.deadline()))
                + ". " + uiUrl + i.path()));
        lines.add("");
        lines.add("You chose one weekly digest instead of separate reminders about risk reviews and actions; change it under My e-mail: " + uiUrl
                + "/reminders/me");
        lines.add("Sent by JointBoard for " + partnershipName + ".");
        return mail("Your weekly digest: " + items.size() + " due or overdue", lines, uiUrl + "/actions/mine", "your actions");
    }

    /** The business unit's weekly digest: what is overdue, by kind, each with its link, and the week's escalations. */
    static Mail digest(String partnershipName, List<DueItem> overdue, List<Notification> escalated, LocalDate day, String uiUrl) {
        String subject = "Weekly digest: " + overdue.size() + " overdue, " + escalated.size() + " escalated this week: " + partnershipName;
        var lines = new java.util.ArrayList<String>();
        lines.add("What is overdue in " + partnershipName + " on " + DAY.format(day) + ", and what was escalated in the last seven days.");
        for (NotificationKind kind : List.of(NotificationKind.RETURN, NotificationKind.RISK_REVIEW, NotificationKind.ACTION)) {
            var ofKind = overdue.stream().filter(i -> i.kind() == kind).sorted(java.util.Comparator.comparing(DueItem::deadline)).toList();
            if (!ofKind.isEmpty()) {
                lines.add("");
                lines.add(kind.label() + "s overdue (" + ofKind.size() + "):");
                ofKind.forEach(i -> lines.add("  - " + i.title() + ": " + java.time.temporal.ChronoUnit.DAYS.between(i.deadline(), day) + " days overdue. "
                        + uiUrl + i.path()));
            }
        }
        lines.add("");
        lines.add(escalated.isEmpty() ? "Nothing was escalated this week." : "Escalated this week (" + escalated.size() + "):");
        escalated.forEach(n -> lines.add("  - " + n.itemTitle() + " to " + n.recipientName() + " (" + n.level().words() + ")"));
        lines.add("");
        lines.add("Reminders, the log and the settings: " + uiUrl + "/reminders");
        return mail(subject, lines, uiUrl + "/reminders", "the reminders");
    }

    private static String stepKind(ReminderPlanner.Step step) {
        return step.level() != null ? "escalated" : step.name().startsWith("overdue") ? "overdue" : step.name();
    }

    private static String nextStep(NotificationKind kind) {
        return switch (kind) {
            case RETURN -> "answer the remaining questions, sign it off and submit it";
            case RISK_REVIEW -> "review the risk: record its score now, its controls and its trend";
            case ACTION -> "record progress on the action, or mark it complete";
            case DIGEST -> "read the digest";
        };
    }
}
