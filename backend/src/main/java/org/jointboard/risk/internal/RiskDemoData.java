package org.jointboard.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jointboard.risk.DemoRisks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Loads the demo risk registers once, into a store with the demo partnerships and no risks yet. */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class RiskDemoData implements ApplicationRunner {

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

    @Override
    public void run(ApplicationArguments args) {
        boolean demoPresent = mongo.exists(Query.query(Criteria.where("_id").is(org.jointboard.partnership.DemoPeople.INDEPENDENT_CHAIR)), "people");
        if (risks.count() > 0 || !demoPresent) {
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
