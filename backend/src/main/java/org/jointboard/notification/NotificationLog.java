package org.jointboard.notification;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jointboard.common.KeysetPage;
import org.jointboard.common.RejectedCommand;
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
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final KeysetPage pages;
    private final CurrentUsers currentUsers;

    NotificationLog(KeysetPage pages, CurrentUsers currentUsers) {
        this.pages = pages;
        this.currentUsers = currentUsers;
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
            if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
                throw new RejectedCommand("filter.to", "The period must end on or after the day it starts");
            }
            if (filter.from() != null || filter.to() != null) {
                Criteria at = Criteria.where("createdAt");
                if (filter.from() != null) {
                    at = at.gte(filter.from().atStartOfDay(LONDON).toInstant());
                }
                if (filter.to() != null) {
                    at = at.lt(filter.to().plusDays(1).atStartOfDay(LONDON).toInstant());
                }
                criteria = new Criteria().andOperator(criteria, at);
            }
        }
        return pages.scroll(Notification.class, criteria, NEWEST_FIRST, subrange);
    }
}
