package org.jointboard.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;

/** Every document of the store at one moment, to put back after a test call that changed something. */
public final class StoreSnapshot {

    private final MongoTemplate mongo;
    private final Map<String, List<Document>> documents = new LinkedHashMap<>();

    private StoreSnapshot(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.getCollectionNames().forEach(name -> documents.put(name, mongo.getCollection(name).find().into(new ArrayList<>())));
    }

    public static StoreSnapshot of(MongoTemplate mongo) {
        return new StoreSnapshot(mongo);
    }

    public void restore() {
        documents.forEach((name, saved) -> {
            var collection = mongo.getCollection(name);
            collection.deleteMany(new Document());
            if (!saved.isEmpty()) {
                collection.insertMany(saved);
            }
        });
        mongo.getCollectionNames().stream().filter(name -> !documents.containsKey(name))
                .forEach(name -> mongo.getCollection(name).deleteMany(new Document()));
    }

    /** Every document now in the store, by collection. */
    public static Map<String, List<Document>> current(MongoTemplate mongo) {
        var now = new LinkedHashMap<String, List<Document>>();
        mongo.getCollectionNames().forEach(name -> now.put(name, mongo.getCollection(name).find().into(new ArrayList<>())));
        return now;
    }
}
