package org.jointboard.common;

import java.util.function.Function;
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

    /**
     * Applies {@code change} (which changes and saves) to the record as first read, and, each time a save is beaten by
     * another, to the record read again; at most {@code attempts} times.
     */
    public static <T, R> R reapply(int attempts, T firstRead, Supplier<T> readAgain, Function<T, R> change) {
        T record = firstRead;
        for (int tried = 1; ; tried++) {
            try {
                return change.apply(record);
            } catch (OptimisticLockingFailureException raced) {
                if (tried >= attempts) {
                    throw raced;
                }
                record = readAgain.get();
            }
        }
    }
}
