package org.jointboard.assessment;

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

/** Returns still with the organisation (not started, in progress, returned for changes), chased by their deadline. */
@Component
class ReturnReminders implements ReminderSource {

    private final MongoOperations mongo;

    ReturnReminders(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public NotificationKind kind() {
        return NotificationKind.RETURN;
    }

    @Override
    public List<DueItem> openBy(LocalDate horizon, String partnershipCode) {
        Criteria criteria = Criteria.where("state").in(ReturnState.OUTSTANDING).and("dueOn").lte(horizon);
        if (partnershipCode != null) {
            criteria = criteria.and("partnershipCodes").is(partnershipCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("dueOn", "_id")), AuditReturn.class).stream()
                .map(r -> new DueItem(NotificationKind.RETURN, r.getId(), r.getOrganisationName() + ": " + r.getCycleTitle(),
                        partnershipCode != null ? partnershipCode : r.getPartnershipCodes().stream().sorted().findFirst().orElseThrow(), r.getDueOn(),
                        "/returns/" + r.getId(), DueItem.RecipientRef.organisation(r.getOrganisationCode()), null, r.getEstablishmentType() != null))
                .toList();
    }
}
