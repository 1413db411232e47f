package org.jointboard.common;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * For commands that add to a record rather than replace what the caller saw (a new seat, attendance entries): when
 * someone else saved the record meanwhile, the command is applied again to what they saved, with its rules checked
 * again, instead of being refused.
 */
public final class VersionRaces {

    private VersionRaces() {
    }

    /** Runs {@code attempt} (which reads, changes and saves) until a save is not beaten by another, at most {@code attempts} times. */
    public static <T> T reapply(int attempts, Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (OptimisticLockingFailureException raced) {
                if (tried >= attempts) {
                    throw raced;
                }
            }
        }
    }
}
