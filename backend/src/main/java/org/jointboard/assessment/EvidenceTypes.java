package org.jointboard.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.jointboard.common.RejectedCommand;

/**
 * What an evidence file really is, found by Apache Tika from its content alone (magic numbers, and inside Office and
 * OpenDocument files their declared parts), never from its name or what the browser said; and whether that is a kind
 * of file the board accepts under the name it was given.
 */
final class EvidenceTypes {

    /** An accepted kind: its words and the name endings that may carry it. */
    record Kind(String label, List<String> extensions) {
    }

    private static final Map<String, Kind> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", new Kind("PDF", List.of("pdf"))),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new Kind("Word document", List.of("docx"))),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new Kind("Excel workbook", List.of("xlsx"))),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", new Kind("PowerPoint presentation", List.of("pptx"))),
            Map.entry("application/x-tika-msoffice", new Kind("Office 97–2003 document", List.of("doc", "xls", "ppt"))),
            Map.entry("application/vnd.oasis.opendocument.text", new Kind("OpenDocument text", List.of("odt"))),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", new Kind("OpenDocument spreadsheet", List.of("ods"))),
            Map.entry("application/vnd.oasis.opendocument.presentation", new Kind("OpenDocument presentation", List.of("odp"))),
            Map.entry("image/png", new Kind("PNG image", List.of("png"))),
            Map.entry("image/jpeg", new Kind("JPEG image", List.of("jpg", "jpeg"))),
            Map.entry("image/gif", new Kind("GIF image", List.of("gif"))),
            Map.entry("text/plain", new Kind("Plain text", List.of("txt", "csv"))));

    static final String ACCEPTED_WORDS = "PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG or GIF images, plain text or CSV";

    private static final Detector DETECTOR = new DefaultDetector();

    private EvidenceTypes() {
    }

    /** The accepted type of the file at {@code content} named {@code name}; refused, naming {@code file}, otherwise. */
    static Map.Entry<String, Kind> check(Path content, String name) {
        String detected = detect(content);
        Kind kind = ACCEPTED.get(detected);
        if (kind == null) {
            throw new RejectedCommand("file", "\"" + name + "\" is " + describe(detected) + ", which is not accepted as evidence. Upload "
                    + ACCEPTED_WORDS + ".");
        }
        String extension = extension(name).orElse("");
        if (!kind.extensions().contains(extension)) {
            throw new RejectedCommand("file", "\"" + name + "\" is a " + kind.label() + " inside, but its name "
                    + (extension.isEmpty() ? "has no ending" : "ends ." + extension) + ": name it ." + String.join(" or .", kind.extensions())
                    + " if that is what it is");
        }
        return Map.entry(detected, kind);
    }

    static String detect(Path content) {
        try (var stream = TikaInputStream.get(content)) {
            return DETECTOR.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(String type) {
        return switch (type) {
            case "application/x-msdownload", "application/x-dosexec", "application/x-executable", "application/x-elf", "application/x-sharedlib",
                    "application/x-mach-o-executable", "application/java-archive", "application/x-sh" -> "a program";
            case "application/zip", "application/x-7z-compressed", "application/x-rar-compressed", "application/gzip", "application/x-tar" ->
                    "an archive";
            case "text/html", "application/xhtml+xml", "image/svg+xml" -> "a web page or drawing that can hold scripts";
            case "application/octet-stream" -> "of a kind we cannot recognise";
            default -> "a file of type " + type;
        };
    }

    static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
