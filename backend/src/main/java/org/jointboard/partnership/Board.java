package org.jointboard.partnership;

/** One of a partnership's boards. */
public record Board(BoardKind kind, String name) {
}
