package org.jointboard.assessment.internal;

import org.jointboard.assessment.AuditReturn;
import org.jointboard.assessment.ImprovementActionsHandedOver;
import org.jointboard.common.StartupMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Once, at start: returns still holding improvement actions of an earlier version hand them to the action plans
 * (synchronously, so they are stored there first) and then drop them. A crash in between hands them over again,
 * which the listener ignores for actions it already has, so nothing is lost or doubled.
 */
@Component
@org.springframework.core.annotation.Order(1) // before the generator, so a store it fills starts with nothing left to migrate
class ImprovementActionsHandover implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImprovementActionsHandover.class);

    private final MongoOperations mongo;
    private final ApplicationEventPublisher events;
    private final StartupMigrations migrations;

    ImprovementActionsHandover(MongoOperations mongo, ApplicationEventPublisher events, StartupMigrations migrations) {
        this.mongo = mongo;
        this.events = events;
        this.migrations = migrations;
    }

    /** Once per store: returns stopped keeping actions, so none written since can have any. */
    @Override
    public void run(ApplicationArguments args) {
        migrations.once("improvement-actions-handover", this::handOver);
    }

    private void handOver() {
        Query withActions = Query.query(Criteria.where("actions.0").exists(true));
        int handed = 0;
        for (AuditReturn auditReturn : mongo.find(withActions, AuditReturn.class)) {
            events.publishEvent(new ImprovementActionsHandedOver(auditReturn, auditReturn.getLegacyActions()));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(auditReturn.getId())), new Update().unset("actions"), AuditReturn.class);
            handed += auditReturn.getLegacyActions().size();
        }
        if (handed > 0) {
            log.info("Handed {} improvement actions from returns to the action plans", handed);
        }
    }
}
