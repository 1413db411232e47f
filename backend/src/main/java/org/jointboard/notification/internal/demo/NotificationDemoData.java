package org.jointboard.notification.internal.demo;

import java.util.List;

import org.bson.Document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The demo partnerships' business unit addresses, so the escalation ladder's second rung reaches someone; everything
 * else keeps the defaults. Loaded once, into a store with no reminder settings yet, before the first reminder run.
 */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class NotificationDemoData {

    private static final List<String> PARTNERSHIPS = List.of("wolverhampton", "walsall", "warwickshire", "wiltshire", "wirral");

    private final MongoOperations mongo;

    NotificationDemoData(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        if (mongo.getCollection("notificationSettings").countDocuments() > 0) {
            return;
        }
        for (String partnership : PARTNERSHIPS) {
            mongo.getCollection("notificationSettings").insertOne(new Document("_id", partnership).append("version", 0L).append("daysBefore", 7)
                    .append("repeatEveryDays", 7)
                    .append("escalation", List.of(new Document("level", "OWNING_BODY_CHAIR").append("afterDaysOverdue", 14),
                            new Document("level", "BUSINESS_UNIT").append("afterDaysOverdue", 28),
                            new Document("level", "INDEPENDENT_CHAIR").append("afterDaysOverdue", 42)))
                    .append("businessUnitEmail", "business.unit@" + partnership + ".jointboard.example").append("switchedOff", List.of()).append("digestDay", "MONDAY")
                    .append("_class", "org.jointboard.notification.NotificationSettings"));
        }
    }
}
