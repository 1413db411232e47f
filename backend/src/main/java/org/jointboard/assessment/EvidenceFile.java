package org.jointboard.assessment;

import java.time.Instant;

/**
 * A file attached to an evidence question of a return; its content is in GridFS under {@link #id()}.
 *
 * @param contentType the type Tika found in the content (never the one the browser or the name claimed)
 * @param sha256 of the content, hex, as stored
 */
public record EvidenceFile(String id, String questionCode, String name, long size, String contentType, String typeLabel, String sha256,
        String uploadedBy, String uploadedByName, Instant uploadedAt) {
}
