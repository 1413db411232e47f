package org.jointboard.ui.api;

import java.util.List;

/** One page of a GraphQL cursor connection, as the backend sends it. */
public record ConnectionPage<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    public record Edge<T>(T node, String cursor) {
    }

    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
