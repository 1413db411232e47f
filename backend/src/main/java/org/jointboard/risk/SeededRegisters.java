package org.jointboard.risk;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Risk registers seeded for the demo and the national-scale generator: each partnership gets the register of DOMAIN.md
 * §6 (18 risks with a year of reviews at the cadence their scores set, some reviews overdue), and its reference counter
 * after them.
 */
public final class SeededRegisters {

    private SeededRegisters() {
    }

    /** Stores each partnership's register; returns how many risks were written. */
    public static int write(MongoOperations mongo, Collection<String> partnershipCodes, LocalDate today) {
        int written = 0;
        for (String partnership : partnershipCodes) {
            written += mongo.insertAll(DemoRisks.build(partnership, today)).size();
            mongo.upsert(Query.query(Criteria.where("_id").is(partnership + "-" + today.getYear())),
                    new Update().max("next", today.minusMonths(13).getYear() == today.getYear() ? 18 : 0), "riskCounters");
        }
        return written;
    }
}
