package org.jointboard.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * The hash of an audit event: SHA-256 over its content and its links to the events before it, written as relaxed JSON
 * (the form the store gives back, so a stored event hashes to the same value when read again).
 */
final class HashChain {

    /** The chain of events filed under no partnership (frameworks). */
    static final String NO_PARTNERSHIP = "*";

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private HashChain() {
    }

    static List<String> chainsOf(AuditEvent event) {
        return event.partnershipCodes() == null || event.partnershipCodes().isEmpty() ? List.of(NO_PARTNERSHIP) : event.partnershipCodes();
    }

    static String hash(AuditEvent e) {
        var content = new Document("id", e.id()).append("at", e.at() == null ? null : java.util.Date.from(e.at()))
                .append("actorSubject", e.actorSubject()).append("actorUsername", e.actorUsername()).append("actorName", e.actorName())
                .append("actorRoles", e.actorRoles()).append("action", e.action()).append("entityType", e.entityType())
                .append("entityId", e.entityId()).append("partnershipCodes", e.partnershipCodes()).append("organisationCode", e.organisationCode())
                .append("reason", e.reason()).append("before", e.before()).append("after", e.after())
                .append("links", e.links() == null ? null : e.links().stream().map(l -> new Document("chain", l.chain()).append("previousHash", l.previousHash())).toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toJson(JSON).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
