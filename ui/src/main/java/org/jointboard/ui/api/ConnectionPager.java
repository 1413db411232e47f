package org.jointboard.ui.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Serves a lazy grid's offset/limit requests from a cursor connection. It remembers the cursor at every
 * row it has seen, so a page is fetched from the nearest known cursor before it, never from the start.
 * Create a new pager when the filter changes.
 */
public class ConnectionPager<T> {

    /** Fetches up to {@code first} rows after {@code after} (null = from the start). */
    @FunctionalInterface
    public interface PageFetcher<T> {
        ConnectionPage<T> fetch(int first, String after);
    }

    static final int MAX_PAGE = 100;

    private final PageFetcher<T> fetcher;
    /** offset → cursor of the row just before it; offset 0 needs no cursor. */
    private final Map<Integer, String> cursorBefore = new HashMap<>();
    private Integer knownEnd;

    public ConnectionPager(PageFetcher<T> fetcher) {
        this.fetcher = fetcher;
    }

    public Stream<T> fetch(int offset, int limit) {
        if (knownEnd != null && offset >= knownEnd) {
            return Stream.empty();
        }
        int from = nearestKnownOffsetAtOrBefore(offset);
        String after = from == 0 ? null : cursorBefore.get(from);
        List<T> rows = new ArrayList<>();
        int position = from;
        while (position < offset + limit) {
            int wanted = Math.min(MAX_PAGE, offset + limit - position);
            ConnectionPage<T> page = fetcher.fetch(wanted, after);
            for (ConnectionPage.Edge<T> edge : page.edges()) {
                if (position >= offset) {
                    rows.add(edge.node());
                }
                position++;
                cursorBefore.put(position, edge.cursor());
                after = edge.cursor();
            }
            if (!page.pageInfo().hasNextPage() || page.edges().isEmpty()) {
                knownEnd = position;
                break;
            }
        }
        return rows.stream();
    }

    private int nearestKnownOffsetAtOrBefore(int offset) {
        int best = 0;
        for (int known : cursorBefore.keySet()) {
            if (known <= offset && known > best) {
                best = known;
            }
        }
        return best;
    }
}
