package org.jointboard.risk.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jointboard.partnership.DemoPartnershipsReady;
import org.jointboard.risk.DemoRisks;
import org.jointboard.risk.internal.RiskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
        LocalDate today = LocalDate.now(clock);
        int loaded = 0;
        for (String partnership : PARTNERSHIPS) {
            loaded += risks.insert(DemoRisks.build(partnership, today)).size();
        }
        // references continue after the demo ones
        for (String partnership : PARTNERSHIPS) {
            mongo.upsert(Query.query(Criteria.where("_id").is(partnership + "-" + today.getYear())),
                    new org.springframework.data.mongodb.core.query.Update().max("next", today.minusMonths(13).getYear() == today.getYear() ? 18 : 0),
                    "riskCounters");
        }
        log.info("Loaded demo risk registers: {} risks", loaded);
    }
}
