package org.jointboard.actionplan;

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

/** Open actions chased to their lead by their due date; the owning body's chair is the first rung. */
@Component
class ActionReminders implements ReminderSource {

    private final MongoOperations mongo;

    ActionReminders(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.ACTION;
    }

    @Override
    public List<DueItem> openBy(LocalDate horizon, String partnershipCode) {
        Criteria criteria = Criteria.where("status").nin(Action.CLOSED.stream().map(Enum::name).toList()).and("dueOn").lte(horizon).and("leadPersonId").ne(null);
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueOn", "_id")), Action.class).stream()
                .map(a -> new DueItem(NotificationKind.ACTION, a.getId(), a.getReference() + " " + a.getTitle(),
                        partnershipCode != null ? partnershipCode : a.getPartnershipCodes().stream().sorted().findFirst().orElseThrow(), a.getDueOn(),
                        "/actions/" + a.getId(), DueItem.RecipientRef.person(a.getLeadPersonId()), a.getOwningBodyId(), false))
                .toList();
    }
}
