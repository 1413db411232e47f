package org.jointboard.partnership.internal;

import java.util.List;

import org.bson.Document;
import org.jointboard.common.NameSearch;
import org.jointboard.common.StartupMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores written before names were searchable by word lack their words: this fills them in once at start-up, so a
 * search finds every organisation, person and partnership. Nothing is done when all have them.
 */
@Component
@Order(1)
class NameWordsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NameWordsBackfill.class);
    private static final List<String> COLLECTIONS = List.of("organisations", "people", "partnerships");

    private final MongoOperations mongo;
    private final StartupMigrations migrations;

    NameWordsBackfill(MongoOperations mongo, StartupMigrations migrations) {
        this.mongo = mongo;
        this.migrations = migrations;
    }

    /** Once per store: every name written since is written with its words. */
    @Override
    public void run(ApplicationArguments args) {
        migrations.once("name-words", this::backfill);
    }

    private void backfill() {
        for (String collection : COLLECTIONS) {
            Query missing = Query.query(Criteria.where(NameSearch.FIELD).exists(false));
            missing.fields().include("name");
            List<Document> documents = mongo.find(missing, Document.class, collection);
            if (documents.isEmpty()) {
                continue;
            }
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            documents.forEach(d -> bulk.updateOne(Query.query(Criteria.where("_id").is(d.get("_id"))),
                    Update.update(NameSearch.FIELD, NameSearch.words(d.getString("name")))));
            bulk.execute();
            log.info("Made the names of {} {} searchable by word", documents.size(), collection);
        }
    }
}
