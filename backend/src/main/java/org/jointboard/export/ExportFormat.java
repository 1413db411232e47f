package org.jointboard.export;

import java.util.Arrays;
import java.util.Locale;

import org.jointboard.common.RejectedCommand;

/** The spreadsheet formats a list can be downloaded in. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    static ExportFormat of(String value) {
        if (value == null || value.isBlank()) {
            return XLSX;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new RejectedCommand("format", "Choose xlsx or csv; \"" + Cells.shorten(value) + "\" is not a format we export"));
    }
}
