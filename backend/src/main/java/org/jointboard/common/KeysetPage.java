package org.jointboard.common;

import java.util.List;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;


/**
 * Keyset paging for connections: stable when rows are added between pages, and each page is one
 * indexed query whatever its position.
 */
@Component
public class KeysetPage {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Rows a page may hold when the server reads a whole list itself (an export): ten times fewer queries than MAX_SIZE. */
    public static final int BULK_SIZE = 1_000;

    /** Subranges made by {@link #bulk}: by identity, so no client's arguments can ask for one. */
    private static final java.util.Set<ScrollSubrange> BULK = java.util.Collections.synchronizedSet(
            java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private final MongoOperations mongo;

    KeysetPage(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The keys a cursor of this list may carry: its sort properties and the id. */
    private static java.util.Set<String> sortedBy(Sort sort) {
        var keys = new java.util.HashSet<>(java.util.List.of("_id", "id"));
        sort.forEach(order -> keys.add(order.getProperty()));
        return keys;
    }

    /** The next page of a list the server reads whole, forward from {@code position}, of {@link #BULK_SIZE} rows. */
    public static ScrollSubrange bulk(ScrollPosition position) {
        ScrollSubrange subrange = ScrollSubrange.create(position, BULK_SIZE, true);
        BULK.add(subrange);
        return subrange;
    }

    public <T> Window<T> scroll(Class<T> type, Criteria criteria, Sort sort, ScrollSubrange subrange) {
        return scroll(type, criteria, sort, subrange, List.of());
    }

    /**
     * @param fields the only fields to read (with the sort's, which the cursor needs); empty reads whole documents
     */
    public <T> Window<T> scroll(Class<T> type, Criteria criteria, Sort sort, ScrollSubrange subrange, List<String> fields) {
        int size = subrange.count().orElse(DEFAULT_SIZE);
        if (size < 1 || size > (BULK.contains(subrange) ? BULK_SIZE : MAX_SIZE)) {
            throw new RejectedCommand(subrange.forward() ? "first" : "last",
                    "Ask for between 1 and " + MAX_SIZE + " rows at a time");
        }
        ScrollPosition position = subrange.position().orElseGet(ScrollPosition::keyset);
        if (!(position instanceof KeysetScrollPosition keyset) || !sortedBy(sort).containsAll(keyset.getKeys().keySet())) {
            throw new RejectedCommand(subrange.forward() ? "after" : "before", "This cursor does not belong to this list");
        }
        Query query = new Query(criteria).with(sort).limit(size).with(keyset);
        if (!fields.isEmpty()) {
            fields.forEach(query.fields()::include);
            sort.forEach(order -> query.fields().include(order.getProperty()));
        }
        return mongo.scroll(query, type);
    }
}
