package org.jointboard.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Runs a job only if no other run of it holds its lock, on any backend instance (a ShedLock lock in the store); refuses
 * otherwise with the message given. The lock is about real time across instances, so it runs on ShedLock's clock, not
 * the (testable) business clock.
 */
public final class OneRunAtATime {

    private OneRunAtATime() {
    }

    public static <T> T run(LockProvider locks, String lockName, Duration atMost, String field, String busyMessage, Supplier<T> job) {
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(ClockProvider.now(), lockName, atMost, Duration.ZERO));
        if (lock.isEmpty()) {
            throw new RejectedCommand(field, busyMessage);
        }
        try {
            return job.get();
        } finally {
            lock.get().unlock();
        }
    }
}
