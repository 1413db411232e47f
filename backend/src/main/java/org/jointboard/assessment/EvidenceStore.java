package org.jointboard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence files' content in GridFS (bucket {@code evidence}), through Spring Data's {@link GridFsTemplate}: the same
 * code on the embedded store and on a real cluster. Each file is tagged with its return, so a return's files can go
 * with it.
 */
@Component
class EvidenceStore {

    static final String BUCKET = "evidence";

    private final GridFsTemplate gridFs;

    EvidenceStore(MongoDatabaseFactory databases, MongoConverter converter) {
        this.gridFs = new GridFsTemplate(databases, converter, BUCKET);
    }

    String store(Path content, String name, String contentType, String returnId) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            ObjectId id = gridFs.store(in, name, contentType, new Document("returnId", returnId));
            return id.toHexString();
        }
    }

    GridFsResource open(String fileId) {
        var file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
        return file == null ? null : gridFs.getResource(file);
    }

    void delete(String fileId) {
        gridFs.delete(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
    }

    /** Every file of these returns (when the returns themselves go, at the end of their retention period). */
    void deleteOf(Collection<String> returnIds) {
        gridFs.delete(Query.query(Criteria.where("metadata.returnId").in(returnIds)));
    }
}
