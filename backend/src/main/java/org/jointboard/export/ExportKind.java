package org.jointboard.export;

import java.util.Arrays;

import org.jointboard.common.RejectedCommand;

/** The lists that can be downloaded, by the name in their address ({@code /exports/{kind}}). */
public enum ExportKind {
    RETURNS("returns"),
    TRACKER("tracker"),
    COMPLIANCE_SUMMARY("compliance-summary"),
    RISK_REGISTER("risk-register"),
    ACTIONS("actions"),
    ACTION_EXCEPTIONS("action-exceptions"),
    ATTENDANCE("attendance");

    private final String slug;

    ExportKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static ExportKind of(String value) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(value)).findFirst()
                .orElseThrow(() -> new RejectedCommand("kind", "There is no export called \"" + Cells.shorten(value) + "\"; choose one of "
                        + String.join(", ", Arrays.stream(values()).map(ExportKind::slug).toList())));
    }
}
