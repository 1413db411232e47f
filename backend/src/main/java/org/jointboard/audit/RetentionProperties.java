package org.jointboard.audit;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's retention limits ({@code jointboard.retention.*}): each kind's default period and the legal
 * minimum no partnership may go below, where the run's archive is written, and when the daily run starts.
 *
 * @param archive whether a run writes what it deletes to JSON Lines files before deleting it
 * @param schedule the daily run as a cron expression ({@code "-"} turns it off)
 */
@ConfigurationProperties("jointboard.retention")
public record RetentionProperties(Map<RetentionKind, Integer> defaultYears, Map<RetentionKind, Integer> minimumYears, boolean archive,
        Path archiveFolder, String schedule) {

    /** No period longer than a lifetime: the longest a board keeps anything (serious case reviews) is 75 years. */
    public static final int LONGEST_YEARS = 100;

    public RetentionProperties {
        defaultYears = complete(defaultYears, 6);
        minimumYears = complete(minimumYears, 1);
        archiveFolder = archiveFolder == null ? Path.of("data", "retention-archive") : archiveFolder;
    }

    public int defaultYears(RetentionKind kind) {
        return Math.max(defaultYears.get(kind), minimumYears(kind));
    }

    public int minimumYears(RetentionKind kind) {
        return minimumYears.get(kind);
    }

    private static Map<RetentionKind, Integer> complete(Map<RetentionKind, Integer> given, int otherwise) {
        var all = new EnumMap<RetentionKind, Integer>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            all.put(kind, given == null ? otherwise : given.getOrDefault(kind, otherwise));
        }
        return Map.copyOf(all);
    }
}
