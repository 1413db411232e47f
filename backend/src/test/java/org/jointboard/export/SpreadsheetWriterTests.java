package org.jointboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointboard.export.Table.column;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The writers on a hand-made table: typed cells, text never a formula, sheet names Excel accepts, CSV quoting. */
class SpreadsheetWriterTests {

    private static final Table TABLE = new Table("Risks: [all]/open?", List.of(column("Reference", 10), column("Title", 30),
            column("Score", 6), column("Due", 12), column("Closed", 6), column("Saved", 16)), List.of(
                    Arrays.asList("R-1", "=HYPERLINK(\"http://evil.example\",\"click\")", 16, LocalDate.of(2026, 12, 24), false,
                            Instant.parse("2026-06-01T11:30:00Z")),
                    Arrays.asList("R-2", "+44 1902 555 000, \"quoted\"\nsecond line", null, null, true, null),
                    Arrays.asList("R-3", "@SUM(A1)", -3, null, null, null)));

    @Test
    void excelCellsAreTypedAndTextThatLooksLikeAFormulaStaysText() throws Exception {
        var out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(new ExportFile("test", List.of(TABLE, TABLE)), ExportFormat.XLSX, out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Risks   all  open ");
            assertThat(workbook.getSheetName(1)).isEqualTo("Risks   all  open  (2)");
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var evil = sheet.getRow(1).getCell(1);
            assertThat(evil.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(16);
            var due = sheet.getRow(1).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 24));
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("No");
            assertThat(sheet.getRow(1).getCell(5).getLocalDateTimeCellValue()).hasToString("2026-06-01T12:30"); // London summer time
            assertThat(sheet.getRow(2).getCell(2)).as("an empty value is an empty cell").isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(30 * 256);
        }
    }

    @Test
    void csvQuotesByRfc4180AndGuardsTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        var out = new ByteArrayOutputStream();
        SpreadsheetWriter.write(new ExportFile("test", List.of(TABLE)), ExportFormat.CSV, out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFReference,Title,Score,Due,Closed,Saved\r\n");
        var records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(4);
        assertThat(records.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(records.get(1).get(3)).isEqualTo("2026-12-24");
        assertThat(records.get(1).get(5)).isEqualTo("2026-06-01 12:30");
        assertThat(records.get(2).get(1)).isEqualTo("'+44 1902 555 000, \"quoted\"\nsecond line");
        assertThat(records.get(3).get(1)).isEqualTo("'@SUM(A1)");
        assertThat(records.get(3).get(2)).as("a number is a number, even below zero").isEqualTo("-3");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheField() {
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(org.jointboard.common.RejectedCommand.class, () -> ExportFormat.of("docx"));
        assertThat(refused.field()).isEqualTo("format");
        assertThat(refused.getMessage()).contains("xlsx or csv");
    }
}
