package org.jointboard.summary;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/** A partnership turned sharing its figures in other areas' benchmarks on or off; {@link #action()} names the mutation. */
public record BenchmarkSharingChanged(String action, Document before, BenchmarkSharing after) implements AuditedChange.OfRecord<BenchmarkSharing> {
}
