package org.jointboard.config;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;

/** The in-memory store (tests, {@code mode: memory}) with the same {@link SecondaryIndex}es as the file store. */
final class IndexedMemoryBackend extends MemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
    }

    private static final class IndexedMemoryDatabase extends MemoryDatabase {

        IndexedMemoryDatabase(String databaseName, CursorRegistry cursors) {
            super(databaseName, cursors);
        }

        @Override
        protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, new MemoryEntries());
        }
    }

    private static final class MemoryEntries extends SecondaryIndex.Entries<Integer> {

        private final ConcurrentSkipListMap<String, Integer> map;

        MemoryEntries() {
            this(new ConcurrentSkipListMap<>());
        }

        private MemoryEntries(ConcurrentSkipListMap<String, Integer> map) {
            super(map);
            this.map = map;
        }

        @Override
        Iterator<Map.Entry<String, Integer>> from(String key) {
            return map.tailMap(key).entrySet().iterator();
        }
    }
}
