package org.jointboard.export;

import java.util.List;

/** What an export holds: its file name without the extension (what, whose and when) and its tables. */
public record ExportFile(String baseName, List<Table> tables) {

    public ExportFile {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("An export holds at least one table");
        }
    }
}
