package org.jointboard.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.common.FileEndpoint;
import org.jointboard.common.RejectedCommand;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads, with the caller's bearer token: {@code GET /exports/{kind}?partnership=…&format=xlsx|csv} for a list and
 * {@code GET /exports/board-pack?partnership=…&period=2026-Q4} for the board pack. The file is written as it is read;
 * anything refused is refused before the first byte, with the contract's error body.
 */
@RestController
@FileEndpoint
@RequestMapping("/exports")
class ExportController {

    private final ListExports lists;
    private final BoardPack packs;

    ExportController(ListExports lists, BoardPack packs) {
        this.lists = lists;
        this.packs = packs;
    }

    @GetMapping("/board-pack")
    void boardPack(@RequestParam(required = false) String partnership, @RequestParam(required = false) String period,
            @RequestParam(required = false) String cycle, @RequestParam(required = false) String sections, HttpServletResponse response)
            throws IOException {
        BoardPackContent content = packs.content(new BoardPackRequest(partnership, period, cycle, sections));
        byte[] pdf = BoardPackPdf.render(content);
        start(response, "application/pdf", content.fileName() + ".pdf");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    @GetMapping("/{kind}")
    void list(@PathVariable String kind, @RequestParam(required = false) String format, @RequestParam(required = false) String partnership,
            @RequestParam(required = false) String cycle, @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "false") String answers, @RequestParam(defaultValue = "false") String includeClosed,
            HttpServletResponse response) throws IOException {
        ExportFormat chosen = ExportFormat.of(format);
        var request = new ExportRequest(partnership, cycle, date("from", from), date("to", to), yes("answers", answers),
                yes("includeClosed", includeClosed));
        ExportFile file = lists.export(ExportKind.of(kind), request);
        start(response, chosen.contentType(), file.baseName() + "." + chosen.extension());
        SpreadsheetWriter.write(file, chosen, response.getOutputStream());
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RejectedCommand(field, "Give a date as YYYY-MM-DD; \"" + Cells.shorten(value) + "\" is not one");
        }
    }

    private static boolean yes(String field, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RejectedCommand(field, "Give true or false; \"" + Cells.shorten(value) + "\" is neither");
        };
    }
}
