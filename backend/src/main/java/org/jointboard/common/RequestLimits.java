package org.jointboard.common;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may ask the backend to hold, checked before any work is done.
 *
 * @param maxBodySize largest request body accepted (a school register CSV of 25,000 rows is about 2.1 MB)
 * @param largeBodySize bodies above this size are read a few at a time, so many at once cannot fill the heap
 * @param concurrentLargeBodies how many large bodies are handled at the same time; others wait their turn
 * @param maxTextLength longest text in any argument, unless {@code fieldLengths} says otherwise
 * @param fieldLengths the longest text of input fields that differ from it, by field name (names and titles shorter,
 *        a register CSV longer)
 * @param maxListItems longest list in any argument
 * @param maxDocumentCharacters longest GraphQL document (the query text itself)
 * @param maxUploadSize largest multipart upload (an evidence file: its own limit, {@code jointboard.evidence.max-file-size}, is
 *        checked after it, with a message that says so)
 */
@ConfigurationProperties("jointboard.limits")
public record RequestLimits(
        @DefaultValue("4MB") DataSize maxBodySize,
        @DefaultValue("256KB") DataSize largeBodySize,
        @DefaultValue("2") int concurrentLargeBodies,
        @DefaultValue("10000") int maxTextLength,
        @DefaultValue Map<String, Integer> fieldLengths,
        @DefaultValue("1000") int maxListItems,
        @DefaultValue("50000") int maxDocumentCharacters,
        @DefaultValue("21MB") DataSize maxUploadSize) {

    public int maxLength(String field) {
        return fieldLengths.getOrDefault(field, maxTextLength);
    }
}
