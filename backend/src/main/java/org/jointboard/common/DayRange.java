package org.jointboard.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A period of whole days in London time, as a list filter gives it (either end optional), turned into a condition on
 * an instant field: from the start of the first day to the end of the last. A period that ends before it starts is
 * refused at its {@code to} field.
 */
public final class DayRange {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DayRange() {
    }

    /** The condition on {@code field}, or empty if neither end is given; {@code toField} names the end in a refusal. */
    public static Optional<Criteria> of(String field, LocalDate from, LocalDate to, String toField) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new RejectedCommand(toField, "The period must end on or after the day it starts");
        }
        if (from == null && to == null) {
            return Optional.empty();
        }
        Criteria at = Criteria.where(field);
        if (from != null) {
            at = at.gte(from.atStartOfDay(LONDON).toInstant());
        }
        if (to != null) {
            at = at.lt(to.plusDays(1).atStartOfDay(LONDON).toInstant());
        }
        return Optional.of(at);
    }
}
