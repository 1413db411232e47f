package org.jointboard.audit;

import org.bson.Document;

import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

/**
 * Takes a record as the store would hold it. Records are changed in place by their commands, so a service takes this
 * before the change and hands it to its {@link AuditedChange} event.
 */
@Component
public class Snapshots {

    private final MongoConverter converter;

    Snapshots(MongoConverter converter) {
        this.converter = converter;
    }

    public Document of(Object entity) {
        if (entity == null) {
            return null;
        }
        Document document = new Document();
        converter.write(entity, document);
        return document;
    }
}
