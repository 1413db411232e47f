package org.jointboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as it reads it. Excel: one sheet per table, typed cells (dates as dates, numbers as numbers, text as
 * text, so nothing a user typed is ever a formula), a bold header row frozen in place, column widths, and only a window
 * of rows in memory (POI's streaming SXSSF). CSV: the first table, RFC 4180, with text that would start a formula guarded.
 */
final class SpreadsheetWriter {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_WIDTH = 80;

    private SpreadsheetWriter() {
    }

    static void write(ExportFile file, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.CSV) {
            csv(file.tables().getFirst(), out);
        } else {
            xlsx(file, out);
        }
    }

    static void csv(Table table, OutputStream out) throws IOException {
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so Excel opens the file as UTF-8
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(table.columns().stream().map(column -> Cells.guarded(column.header())).toList());
        for (List<?> row : table.rows()) {
            printer.printRecord(row.stream().map(Cells::text).toList());
        }
        printer.flush();
    }

    static void xlsx(ExportFile file, OutputStream out) throws IOException {
        var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            var styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (Table table : file.tables()) {
                sheet(workbook, styles, uniqueName(table.name(), names), table);
            }
            workbook.write(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            workbook.close(); // also deletes SXSSF's temporary files
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, String name, Table table) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            var column = table.columns().get(i);
            var cell = header.createCell(i);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(MAX_WIDTH, Math.max(column.width(), column.header().length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<?> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < values.size(); i++) {
                cell(row, i, values.get(i), styles);
            }
        }
        if (r > 1) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, table.columns().size() - 1));
        }
    }

    private static void cell(Row row, int index, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(index);
        switch (value) {
            case LocalDate date -> {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            }
            case Instant instant -> {
                cell.setCellValue(instant.atZone(Cells.LONDON).toLocalDateTime());
                cell.setCellStyle(styles.dateTime);
            }
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean yes -> cell.setCellValue(yes ? "Yes" : "No");
            default -> {
                cell.setCellValue(value.toString()); // a string cell: Excel never evaluates it
                cell.setCellStyle(styles.text);
            }
        }
    }

    /** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], and unique in the workbook. */
    private static String uniqueName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String name = safe;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle date;
        final CellStyle dateTime;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            var formats = workbook.getCreationHelper().createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("d mmm yyyy"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(formats.getFormat("d mmm yyyy hh:mm"));
            text = workbook.createCellStyle();
            text.setQuotePrefixed(true);
        }
    }
}
