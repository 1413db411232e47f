package org.jointboard.common;

import java.time.Clock;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Remembers which one-off changes to an older store are done, so a start-up task that has to look through a whole
 * collection (65,000 returns at national scale: ten seconds on the embedded store before the backend is ready) does
 * so once per store, not at every start.
 */
@Component
public class StartupMigrations {

    private static final String COLLECTION = "completedMigrations";

    private final MongoOperations mongo;
    private final Clock clock;

    StartupMigrations(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs {@code migration} unless this store has run it to the end before; records it once it has. */
    public void once(String name, Runnable migration) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(name)), COLLECTION)) {
            return;
        }
        migration.run();
        mongo.save(new Document("_id", name).append("completedAt", java.util.Date.from(clock.instant())), COLLECTION);
    }
}
