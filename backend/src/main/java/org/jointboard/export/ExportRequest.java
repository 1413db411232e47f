package org.jointboard.export;

import java.time.LocalDate;

import org.jointboard.common.RejectedCommand;

/**
 * What a download asks for: the partnership always; the audit cycle for the returns, tracker and compliance summary;
 * the period for attendance; whether to add every answer as columns (returns) or closed records (risks, actions).
 */
public record ExportRequest(String partnership, String cycle, LocalDate from, LocalDate to, boolean answers, boolean includeClosed) {

    String requirePartnership() {
        if (partnership == null || partnership.isBlank()) {
            throw new RejectedCommand("partnership", "Say which partnership's list to export");
        }
        return partnership;
    }

    String requireCycle() {
        if (cycle == null || cycle.isBlank()) {
            throw new RejectedCommand("cycle", "Say which audit cycle to export");
        }
        return cycle;
    }
}
