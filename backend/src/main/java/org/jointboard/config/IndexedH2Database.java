package org.jointboard.config;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/** The file store's database with {@link SecondaryIndex}es kept in the same file, committed with the documents. */
final class IndexedH2Database extends H2Database {

    /** The store being opened: the super constructor opens the indexes before this class's fields are set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, store, cursors);
        this.store = store;
    }

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new IndexedH2Database(databaseName, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        String mapName = "jointboard.secondary." + getDatabaseName() + "." + collectionName + "." + indexName;
        return new SecondaryIndex<>(indexName, keys, new StoreEntries((store != null ? store : OPENING.get()).openMap(mapName)));
    }

    private static final class StoreEntries extends SecondaryIndex.Entries<Object> {

        private final MVMap<String, Object> map;

        StoreEntries(MVMap<String, Object> map) {
            super(map);
            this.map = map;
        }

        @Override
        Iterator<Map.Entry<String, Object>> from(String key) {
            Cursor<String, Object> cursor = map.cursor(key);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Map.Entry<String, Object> next() {
                    String next = cursor.next();
                    return Map.entry(next, cursor.getValue());
                }
            };
        }
    }
}
