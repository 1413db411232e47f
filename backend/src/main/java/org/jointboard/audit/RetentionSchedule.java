package org.jointboard.audit;

import org.jointboard.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily retention run over every partnership, at {@code jointboard.retention.schedule} (cron; {@code "-"} turns it
 * off). With several backend instances each one wakes, and the run's lock lets one of them do the work.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final RetentionRuns runs;

    RetentionSchedule(RetentionRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${jointboard.retention.schedule:-}", zone = "Europe/London")
    void daily() {
        try {
            var report = SystemActor.run("retention-schedule", "Daily retention run", runs::runEverywhere);
            log.info("Daily retention run {}: {} records disposed of", report.runId(), report.total());
        } catch (org.jointboard.common.RejectedCommand busy) {
            log.info("Daily retention run skipped: {}", busy.getMessage());
        }
    }
}
