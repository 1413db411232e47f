package org.jointboard.risk;

import java.time.LocalDate;
import java.util.List;

import org.jointboard.notification.DueItem;
import org.jointboard.notification.NotificationKind;
import org.jointboard.notification.ReminderSource;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Open risks chased to their owner by the date their next review is due; the owning body's chair is the first rung. */
@Component
class RiskReviewReminders implements ReminderSource {

    private final MongoOperations mongo;

    RiskReviewReminders(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.RISK_REVIEW;
    }

    @Override
    public List<DueItem> openBy(LocalDate horizon, String partnershipCode) {
        Criteria criteria = Criteria.where("status").ne(RiskStatus.CLOSED.name()).and("nextReviewDue").lte(horizon).and("ownerPersonId").ne(null);
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCode").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("nextReviewDue", "_id")), Risk.class).stream()
                .map(r -> new DueItem(NotificationKind.RISK_REVIEW, r.getId(), "Review of " + r.getReference() + " " + r.getTitle(), r.getPartnershipCode(),
                        r.getNextReviewDue(), "/risks/" + r.getId(), DueItem.RecipientRef.person(r.getOwnerPersonId()), r.getOwningCommitteeId(), false))
                .toList();
    }
}
