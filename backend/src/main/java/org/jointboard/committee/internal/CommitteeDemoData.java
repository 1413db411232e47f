package org.jointboard.committee.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.jointboard.committee.DemoStructures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Loads the demo boards, committees and a year of meetings once, after the demo partnerships, into a store
 * that has no committees yet and holds the demo people they refer to.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class CommitteeDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDemoData.class);

    private final CommitteeRepository committees;
    private final MeetingRepository meetings;
    private final MongoOperations mongo;
    private final Clock clock;

    CommitteeDemoData(CommitteeRepository committees, MeetingRepository meetings, MongoOperations mongo, Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean demoPeoplePresent = mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(org.jointboard.partnership.DemoPeople.INDEPENDENT_CHAIR)), "people");
        if (committees.count() > 0 || !demoPeoplePresent) {
            return;
        }
        var demo = DemoStructures.build(LocalDate.now(clock));
        committees.insert(demo.committees());
        meetings.insert(demo.meetings());
        log.info("Loaded demo structures: {} boards and committees, {} meetings", demo.committees().size(), demo.meetings().size());
    }
}
