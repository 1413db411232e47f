package org.jointboard.audit;

/** One field of a record as it was before a change and after it, in words (dates as dates, lists by position). */
public record FieldChange(String field, String before, String after) {
}
