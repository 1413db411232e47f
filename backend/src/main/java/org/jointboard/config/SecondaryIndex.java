package org.jointboard.config;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index for the embedded store, which otherwise ignores every index that is not unique and so reads a
 * whole collection for each query (at national scale, 65,000 returns for a page of 50). It indexes the value(s) of the
 * index's first key; a query giving that key one value or an {@code $in} of values reads only the documents holding
 * them. The embedded server still applies the whole query, sort and limit to what it reads, so the index only has to
 * find every match (it may find more). Entries are {@code <value> NUL <document id>} keys to the document's position, in
 * a sorted map: the store's own map for the file backend (so written and committed with the documents, nothing rebuilt
 * at start), a skip list in memory otherwise.
 */
final class SecondaryIndex<P> extends Index<P> {

    private static final char SEPARATOR = '\u0000';
    private static final String UNINDEXED = "x"; // sub-documents and the like: never looked up, a query on them reads everything

    private final String field;
    private final Entries<P> entries;

    SecondaryIndex(String name, List<IndexKey> keys, Entries<P> entries) {
        super(name, keys, true); // sparse, as the store's placeholder was: removal does not rely on this index
        this.field = keys.getFirst().getKey();
        this.entries = entries;
    }

    /** The sorted map the entries live in. */
    abstract static class Entries<P> {

        private final Map<String, P> map;

        Entries(Map<String, P> map) {
            this.map = map;
        }

        void put(String key, P position) {
            map.put(key, position);
        }

        P remove(String key) {
            return map.remove(key);
        }

        long size() {
            return map.size();
        }

        void clear() {
            map.clear();
        }

        /** Entries from {@code key} on, in key order. */
        abstract Iterator<Map.Entry<String, P>> from(String key);
    }

    @Override
    public boolean canHandle(Document query) {
        if (!query.containsKey(field)) {
            return false;
        }
        Object value = query.get(field);
        if (value instanceof Document expression) {
            return expression.size() == 1 && expression.get("$in") instanceof Collection<?> values && !values.isEmpty()
                    && values.stream().allMatch(v -> encode(v) != null && v != null);
        }
        return value != null && encode(value) != null;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Object value = query.get(field);
        Collection<?> values = value instanceof Document expression ? (Collection<?>) expression.get("$in") : List.of(value);
        Set<P> positions = new LinkedHashSet<>();
        for (Object one : values) {
            String prefix = encode(one) + SEPARATOR;
            for (Iterator<Map.Entry<String, P>> it = entries.from(prefix); it.hasNext();) {
                Map.Entry<String, P> entry = it.next();
                if (!entry.getKey().startsWith(prefix)) {
                    break;
                }
                positions.add(entry.getValue());
            }
        }
        return positions;
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        for (String key : keysOf(document)) {
            entries.put(key, position);
        }
    }

    @Override
    public P remove(Document document) {
        P position = null;
        for (String key : keysOf(document)) {
            P removed = entries.remove(key);
            position = removed == null ? position : removed;
        }
        return position;
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        Set<String> before = keysOf(oldDocument);
        Set<String> after = keysOf(newDocument);
        before.stream().filter(key -> !after.contains(key)).forEach(entries::remove);
        after.stream().filter(key -> !before.contains(key)).forEach(key -> entries.put(key, position));
    }

    @Override
    public P getPosition(Document document) {
        return null; // the id index says where a document is
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return entries.size();
    }

    @Override
    public void drop() {
        entries.clear();
    }

    /** One entry per value of the indexed field (each element of an array), each ending with the document's id. */
    private Set<String> keysOf(Document document) {
        String id = SEPARATOR + String.valueOf(encode(document.get("_id")));
        Object value = Utils.getSubdocumentValueCollectionAware(document, field);
        Set<String> keys = new LinkedHashSet<>();
        if (value instanceof Collection<?> values && !values.isEmpty()) {
            values.forEach(v -> keys.add(encodeOrUnindexed(v) + id));
        } else {
            keys.add(encodeOrUnindexed(value) + id);
        }
        return keys;
    }

    private static String encodeOrUnindexed(Object value) {
        String encoded = encode(value);
        return encoded == null ? UNINDEXED : encoded;
    }

    /** A value as a key equal for values the store's matcher finds equal (1 and 1.0; ids by their hex); null if not indexable. */
    static String encode(Object value) {
        return switch (value) {
            case null -> "n";
            case Missing missing -> "n";
            case String text -> "s" + text;
            case Boolean flag -> "b" + flag;
            case Number number -> "d" + canonical(number);
            case Date date -> "t" + date.getTime();
            case ObjectId id -> "o" + id.getHexData();
            case UUID uuid -> "u" + uuid;
            default -> null;
        };
    }

    private static String canonical(Number number) {
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(Double.toString(value));
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}
