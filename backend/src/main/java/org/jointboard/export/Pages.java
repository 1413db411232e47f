package org.jointboard.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.jointboard.common.KeysetPage;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Every row of a keyset-paged list (or what each becomes), read a page at a time ({@link KeysetPage#BULK_SIZE} rows) as it is written out, so an
 * export of any length holds one page in memory. Pages come from the feature's own query, with its own permissions; the first page is read at once,
 * so a refusal is an error response rather than a broken download.
 */
final class Pages {

    private Pages() {
    }

    /** @param rows turns one page into rows (one read for the page's nested values, however many rows) */
    static <T, R> Iterable<R> of(Function<ScrollSubrange, Window<T>> query, Function<List<T>, List<? extends R>> rows) {
        Window<T> first = query.apply(KeysetPage.bulk(ScrollPosition.keyset()));
        return () -> new Iterator<>() {
            private Window<T> page = first;
            private Iterator<? extends R> current = rows.apply(first.getContent()).iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && page.hasNext() && !page.isEmpty()) {
                    page = query.apply(KeysetPage.bulk(page.positionAt(page.size() - 1)));
                    current = rows.apply(page.getContent()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
