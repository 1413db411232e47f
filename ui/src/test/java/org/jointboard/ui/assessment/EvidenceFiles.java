package org.jointboard.ui.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real files for the journeys to attach as evidence. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** A one-page PDF with this name, under target/evidence. */
    static Path pdf(String name) {
        Path pdf = Path.of("target/evidence", name);
        try {
            Files.createDirectories(pdf.getParent());
            try (var document = new PDDocument()) {
                document.addPage(new PDPage());
                document.save(pdf.toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }
}
