package org.jointboard.common;

/**
 * A link from one record to another, as the reader may follow it: a record they may not read shows that it exists
 * (its kind and id) and nothing of its content.
 */
public record RecordLink(String kind, String id, String reference, String title, boolean readable) {

    public static RecordLink hidden(String kind, String id) {
        return new RecordLink(kind, id, null, null, false);
    }
}
