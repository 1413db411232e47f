package org.jointboard.committee.internal.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.jointboard.committee.DemoStructures;
import org.jointboard.committee.internal.CommitteeRepository;
import org.jointboard.committee.internal.MeetingRepository;
import org.jointboard.partnership.DemoPartnershipsReady;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo boards, committees, memberships and meetings of DOMAIN.md §10, once the demo partnerships and people
 * are there, into a store that has no committees yet.
 */
@Component
@ConditionalOnBooleanProperty(name = "jointboard.demo-data.enabled", matchIfMissing = true)
class CommitteeDemoData {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDemoData.class);

    private final CommitteeRepository committees;
    private final MeetingRepository meetings;
    private final Clock clock;

    CommitteeDemoData(CommitteeRepository committees, MeetingRepository meetings, Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.clock = clock;
    }

    @EventListener
    void load(DemoPartnershipsReady ready) {
        if (committees.count() > 0) {
            return;
        }
        var demo = DemoStructures.build(LocalDate.now(clock));
        committees.insert(demo.committees());
        meetings.insert(demo.meetings());
        log.info("Loaded demo structures: {} boards and committees, {} meetings", demo.committees().size(), demo.meetings().size());
    }
}
