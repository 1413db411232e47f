package org.jointboard.common;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * The cursors of every connection: opaque (base64 of a typed keyset, {@link TypedKeysetCursors}) and checked. A
 * cursor this backend did not give out (not base64, not a keyset, an offset, a value of an unknown type) is refused
 * as BAD_REQUEST on the argument that carried it, before any query runs ({@link CursorArguments}).
 */
public final class Cursors {

    private static final EncodingCursorStrategy<ScrollPosition> STRATEGY =
            CursorStrategy.withEncoder(new ScrollPositionCursorStrategy(new TypedKeysetCursors()), CursorEncoder.base64());

    private Cursors() {
    }

    public static EncodingCursorStrategy<ScrollPosition> strategy() {
        return STRATEGY;
    }

    /** Whether this is a cursor of ours: a keyset position that decodes into plain values. */
    public static boolean isValid(String cursor) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > 4_000) {
            return false;
        }
        try {
            return STRATEGY.fromCursor(cursor) instanceof KeysetScrollPosition;
        } catch (RuntimeException notOurs) {
            return false;
        }
    }
}
