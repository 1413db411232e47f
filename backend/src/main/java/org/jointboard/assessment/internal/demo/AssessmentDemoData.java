package org.jointboard.assessment.internal.demo;

import java.time.Clock;

import org.jointboard.assessment.DemoAssessments;
import org.jointboard.assessment.internal.FrameworkRepository;
import org.jointboard.partnership.DemoPartnershipsReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Loads the demo Section 11 framework, cycles and returns once, once the demo partnerships and people are there, into a store with no frameworks. */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class AssessmentDemoData {

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

    @EventListener
    void load(DemoPartnershipsReady ready) {
        if (frameworks.count() > 0) {
            return;
        }
        int returns = DemoAssessments.load(mongo, json, clock, ready.organisations(), ready.partnerships());
        log.info("Loaded demo assessment data: the Section 11 and schools' frameworks, four Section 11 cycles and an open schools' cycle, {} returns", returns);
    }
}
