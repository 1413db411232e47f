package org.jointboard.notification;

import java.time.LocalDate;

import org.jointboard.common.DayRange;
import org.jointboard.common.KeysetPage;
import org.jointboard.security.CurrentUsers;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The log of what the reminder runs sent (or could not), newest first, for the partnership's board admins. */
@Service
public class NotificationLog {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final KeysetPage pages;
    private final CurrentUsers currentUsers;
    private final org.springframework.data.mongodb.core.MongoOperations mongo;

    NotificationLog(KeysetPage pages, CurrentUsers currentUsers, org.springframework.data.mongodb.core.MongoOperations mongo) {
        this.pages = pages;
        this.currentUsers = currentUsers;
        this.mongo = mongo;
    }

    /** When an item was last reminded and escalated, for a list such as the tracker's chase list. */
    public record ItemReminders(String itemId, int reminders, java.time.Instant lastRemindedAt, int escalations, java.time.Instant lastEscalatedAt,
            EscalationLevel lastEscalatedTo) { }

    /**
     * Per item, what the log holds as sent for the caller's partnerships (one read, however many items). Items not
     * reminded at all are left out.
     */
    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public java.util.List<ItemReminders> summaries(String partnershipCode, java.util.List<String> itemIds) {
        var user = currentUsers.requireWorksFor(partnershipCode);
        var sent = mongo.find(org.springframework.data.mongodb.core.query.Query.query(Criteria.where("itemId").in(itemIds)
                .and("status").is(Notification.Status.SENT).and("partnershipCode").in(user.partnerships())), Notification.class);
        return sent.stream().collect(java.util.stream.Collectors.groupingBy(Notification::itemId, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .entrySet().stream().map(e -> {
                    var reminders = e.getValue().stream().filter(n -> n.level() == null).toList();
                    var escalations = e.getValue().stream().filter(n -> n.level() != null)
                            .sorted(java.util.Comparator.comparing(Notification::sentAt)).toList();
                    return new ItemReminders(e.getKey(), reminders.size(), reminders.stream().map(Notification::sentAt).max(java.util.Comparator.naturalOrder())
                            .orElse(null), escalations.size(), escalations.isEmpty() ? null : escalations.getLast().sentAt(),
                            escalations.isEmpty() ? null : escalations.getLast().level());
                }).toList();
    }

    /** An item escalated in a period: the highest rung it reached and when it was last escalated. */
    public record Escalated(NotificationKind kind, String itemId, String itemTitle, LocalDate deadline, EscalationLevel highest,
            java.time.Instant lastEscalatedAt, int escalations) { }

    /** What was escalated in a period, most recently escalated first, for the board pack (one read). */
    @PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER')")
    public java.util.List<Escalated> escalated(String partnershipCode, LocalDate from, LocalDate to) {
        currentUsers.requireWorksFor(partnershipCode);
        Criteria criteria = Criteria.where("partnershipCode").is(partnershipCode).and("status").is(Notification.Status.SENT).and("level").ne(null);
        var period = DayRange.of("sentAt", from, to, "to");
        var query = org.springframework.data.mongodb.core.query.Query.query(period.isPresent() ? new Criteria().andOperator(criteria, period.get()) : criteria);
        var byItem = mongo.find(query, Notification.class).stream().collect(java.util.stream.Collectors.groupingBy(Notification::itemId));
        return byItem.values().stream().map(sent -> {
            var last = sent.stream().max(java.util.Comparator.comparing(Notification::sentAt)).orElseThrow();
            var highest = sent.stream().map(Notification::level).max(java.util.Comparator.naturalOrder()).orElseThrow();
            return new Escalated(last.kind(), last.itemId(), last.itemTitle(), last.deadline(), highest, last.sentAt(), sent.size());
        }).sorted(java.util.Comparator.comparing(Escalated::lastEscalatedAt).reversed()).toList();
    }

    public record Filter(NotificationKind kind, String recipient, String itemId, Notification.Status status, LocalDate from, LocalDate to) { }

    @PreAuthorize("hasRole('BOARD_ADMIN')")
    public Window<Notification> page(String partnershipCode, Filter filter, ScrollSubrange subrange) {
        currentUsers.requireWorksFor(partnershipCode);
        Criteria criteria = Criteria.where("partnershipCode").is(partnershipCode);
        if (filter != null) {
            if (filter.kind() != null) {
                criteria = criteria.and("kind").is(filter.kind());
            }
            if (filter.recipient() != null && !filter.recipient().isBlank()) {
                criteria = criteria.and("recipientEmail").is(filter.recipient().strip());
            }
            if (filter.itemId() != null) {
                criteria = criteria.and("itemId").is(filter.itemId());
            }
            if (filter.status() != null) {
                criteria = criteria.and("status").is(filter.status());
            }
            var period = DayRange.of("createdAt", filter.from(), filter.to(), "filter.to");
            if (period.isPresent()) {
                criteria = new Criteria().andOperator(criteria, period.get());
            }
        }
        return pages.scroll(Notification.class, criteria, NEWEST_FIRST, subrange);
    }
}
