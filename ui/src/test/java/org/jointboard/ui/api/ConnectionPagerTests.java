package org.jointboard.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** A lazy grid asks for offsets; the pager must serve every row exactly once, in order, from cursors. */
class ConnectionPagerTests {

    /** A connection over 0..size-1 whose cursors are the row numbers, recording what it was asked. */
    static final class NumberConnection implements ConnectionPager.PageFetcher<Integer> {

        final int size;
        final List<String> requests = new ArrayList<>();

        NumberConnection(int size) {
            this.size = size;
        }

        @Override
        public ConnectionPage<Integer> fetch(int first, String after) {
            requests.add(first + " after " + after);
            int from = after == null ? 0 : Integer.parseInt(after) + 1;
            int to = Math.min(size, from + first);
            var edges = IntStream.range(from, to).mapToObj(i -> new ConnectionPage.Edge<>(i, String.valueOf(i))).toList();
            return new ConnectionPage<>(edges, new ConnectionPage.PageInfo(to < size, edges.isEmpty() ? null : String.valueOf(to - 1)));
        }
    }

    @Test
    void consecutivePagesHaveNoGapsAndNoRepeats() {
        var connection = new NumberConnection(120);
        var pager = new ConnectionPager<>(connection);
        var seen = new ArrayList<Integer>();
        for (int offset = 0; offset < 150; offset += 50) {
            seen.addAll(pager.fetch(offset, 50).toList());
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 120).boxed().toList());
        assertThat(connection.requests).containsExactly("50 after null", "50 after 49", "50 after 99");
    }

    @Test
    void aJumpAheadFetchesFromTheNearestKnownCursorInChunksOfAtMostOneHundred() {
        var connection = new NumberConnection(1000);
        var pager = new ConnectionPager<>(connection);
        pager.fetch(0, 50).toList();

        assertThat(pager.fetch(300, 50).toList()).containsExactlyElementsOf(IntStream.range(300, 350).boxed().toList());
        assertThat(connection.requests).containsExactly("50 after null", "100 after 49", "100 after 149", "100 after 249");
    }

    @Test
    void goingBackUsesTheRememberedCursorWithoutStartingOver() {
        var connection = new NumberConnection(300);
        var pager = new ConnectionPager<>(connection);
        pager.fetch(0, 50).toList();
        pager.fetch(50, 50).toList();
        connection.requests.clear();

        assertThat(pager.fetch(50, 50).toList()).first().isEqualTo(50);
        assertThat(connection.requests).containsExactly("50 after 49");
    }

    @Test
    void pastTheEndIsEmptyWithoutAskingAgain() {
        var connection = new NumberConnection(30);
        var pager = new ConnectionPager<>(connection);
        assertThat(pager.fetch(0, 50).toList()).hasSize(30);
        assertThat(pager.fetch(50, 50).toList()).isEmpty();
        assertThat(connection.requests).hasSize(1);
    }
}
