package org.jointboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The backend's clock in tests: it starts at 09:00 on 1 December 2026 in London whenever the suite runs, and ticks,
 * so "today", deadlines and overdue returns are the same on every run while timestamps still order events. Tests
 * make their dates from {@link #today()}, never from the machine's date.
 */
public final class TestClock {

    public static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.offset(Clock.system(LONDON), Duration.between(Instant.now(), START));

    private TestClock() {
    }

    public static Clock clock() {
        return CLOCK;
    }

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}
