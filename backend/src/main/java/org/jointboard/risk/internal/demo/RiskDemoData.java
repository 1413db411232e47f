package org.jointboard.risk.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jointboard.partnership.DemoPartnershipsReady;
import org.jointboard.risk.SeededRegisters;
import org.jointboard.risk.internal.RiskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Loads the demo risk registers once, once the demo partnerships and people are there, into a store with no risks yet. */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class RiskDemoData {

    private static final Logger log = LoggerFactory.getLogger(RiskDemoData.class);
    private static final List<String> PARTNERSHIPS = List.of("wolverhampton", "walsall", "warwickshire", "wiltshire", "wirral");

    private final RiskRepository risks;
    private final MongoOperations mongo;
    private final Clock clock;

    RiskDemoData(RiskRepository risks, MongoOperations mongo, Clock clock) {
        this.risks = risks;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void load(DemoPartnershipsReady ready) {
        if (risks.count() > 0) {
            return;
        }
        int loaded = SeededRegisters.write(mongo, PARTNERSHIPS, LocalDate.now(clock));
        log.info("Loaded demo risk registers: {} risks", loaded);
    }
}
