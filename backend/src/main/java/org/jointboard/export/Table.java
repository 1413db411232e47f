package org.jointboard.export;

import java.util.List;

/**
 * One sheet of an export: a header row and rows of typed values ({@link java.time.LocalDate}, {@link java.time.Instant},
 * {@link Number}, {@link Boolean}, text or null), read lazily so a long list is written as it is read.
 */
public record Table(String name, List<Column> columns, Iterable<? extends List<?>> rows) {

    /** @param width in characters */
    public record Column(String header, int width) {
    }

    public static Column column(String header, int width) {
        return new Column(header, width);
    }
}
