package org.jointboard.assessment.internal;

import java.time.Clock;

import org.jointboard.assessment.DemoAssessments;
import org.jointboard.partnership.Organisation;
import org.jointboard.partnership.Partnership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Loads the demo Section 11 framework, cycles and returns once, into a store with the demo partnerships and no frameworks. */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

    private final FrameworkRepository frameworks;
    private final MongoOperations mongo;
    private final JsonMapper json;
    private final Clock clock;

    AssessmentDemoData(FrameworkRepository frameworks, MongoOperations mongo, JsonMapper json, Clock clock) {
        this.frameworks = frameworks;
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoPresent = mongo.exists(Query.query(Criteria.where("_id").is(org.jointboard.partnership.DemoPeople.INDEPENDENT_CHAIR)), "people");
        if (frameworks.count() > 0 || !demoPresent) {
            return;
        }
        int returns = DemoAssessments.load(mongo, json, clock, mongo.findAll(Organisation.class), mongo.findAll(Partnership.class));
        log.info("Loaded demo assessment data: the Section 11 and schools' frameworks, 2 Section 11 cycles, {} returns", returns);
    }
}
