package org.jointboard.actionplan;

import java.time.LocalDate;

/** A RAG set by hand in place of the derived one, with the reason shown next to it. */
public record RagOverride(ActionRag rag, String reason, String byName, LocalDate on) {
}
