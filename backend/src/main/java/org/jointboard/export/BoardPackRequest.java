package org.jointboard.export;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.jointboard.common.RejectedCommand;

/**
 * A board pack asks for a partnership and a period, a calendar quarter such as {@code 2026-Q4} (October to December
 * 2026); optionally the audit cycle whose compliance it reports (else the latest one open by the period's end) and the
 * sections to include (else all).
 */
public record BoardPackRequest(String partnership, String period, String cycle, String sections) {

    /** The pack's sections in its order, by the names a request gives them. */
    public static final java.util.List<String> SECTIONS = java.util.List.of("compliance", "return-rates", "heat-map", "movements",
            "above-appetite", "overdue-reviews", "exceptions", "escalated", "attendance");

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    String requirePartnership() {
        if (partnership == null || partnership.isBlank()) {
            throw new RejectedCommand("partnership", "Say which partnership's board pack to make");
        }
        return partnership;
    }

    /** The sections asked for (a comma-separated list), or all of them when none is named. */
    java.util.Set<String> chosenSections() {
        if (sections == null || sections.isBlank()) {
            return new java.util.LinkedHashSet<>(SECTIONS);
        }
        var chosen = new java.util.LinkedHashSet<String>();
        for (String name : sections.split(",")) {
            String section = name.strip();
            if (!SECTIONS.contains(section)) {
                throw new RejectedCommand("sections", "There is no section called \"" + Cells.shorten(section) + "\"; choose from "
                        + String.join(", ", SECTIONS));
            }
            chosen.add(section);
        }
        return chosen;
    }

    /** The first and last day of the quarter. */
    LocalDate[] quarter() {
        var match = period == null ? null : QUARTER.matcher(period.strip());
        if (match == null || !match.matches()) {
            throw new RejectedCommand("period", "Give the period as a quarter such as 2026-Q4"
                    + (period == null || period.isBlank() ? "" : "; \"" + Cells.shorten(period) + "\" is not one"));
        }
        int year = Integer.parseInt(match.group(1));
        if (year < 2000 || year > 2100) {
            throw new RejectedCommand("period", "Give a year between 2000 and 2100");
        }
        LocalDate from = LocalDate.of(year, (Integer.parseInt(match.group(2)) - 1) * 3 + 1, 1);
        return new LocalDate[] { from, from.plusMonths(3).minusDays(1) };
    }
}
