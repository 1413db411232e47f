package org.jointboard.notification;

import java.time.Clock;
import java.time.LocalDate;

import org.jointboard.common.RejectedCommand;
import org.jointboard.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run at {@code jointboard.notification.schedule} (cron, London time; {@code "-"} turns it off), and
 * the same run soon after the backend starts if today's has not happened (the backend was down at the time), so a
 * day is never skipped. Each instance wakes; the lock and the log make one message of each.
 */
@Component
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final ReminderRuns runs;
    private final MongoOperations mongo;
    private final Clock clock;
    private final boolean scheduled;

    ReminderSchedule(ReminderRuns runs, MongoOperations mongo, Clock clock, @Value("${jointboard.notification.schedule:-}") String schedule) {
        this.runs = runs;
        this.mongo = mongo;
        this.clock = clock;
        this.scheduled = !"-".equals(schedule.strip());
    }

    @Scheduled(cron = "${jointboard.notification.schedule:-}", zone = "Europe/London")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        try {
            var report = SystemActor.run("reminder-schedule", "Daily reminders", () -> runs.runEverywhere(today));
            mongo.upsert(Query.query(Criteria.where("_id").is(today.toString())), org.springframework.data.mongodb.core.query.Update.update("sent", report.sent())
                    .set("at", clock.instant()), "reminderRuns");
        } catch (RejectedCommand busy) {
            log.info("Daily reminders skipped: {}", busy.getMessage());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (scheduled && !mongo.exists(Query.query(Criteria.where("_id").is(LocalDate.now(clock).toString())), "reminderRuns")) {
            Thread.ofVirtual().name("reminders-catch-up").start(this::daily);
        }
    }
}
