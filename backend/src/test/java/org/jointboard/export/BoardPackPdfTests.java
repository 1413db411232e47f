package org.jointboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jointboard.export.BoardPackContent.*;
import org.junit.jupiter.api.Test;

/**
 * A board pack of a hand-worked fixture: its words and figures in the PDF's text, its structure tagged (headings,
 * tables with header cells), and the heat map described in words for those who cannot see it.
 */
class BoardPackPdfTests {

    private static final List<List<HeatCell>> HEAT_MAP = heatMap();

    @Test
    void theHeatMapAndChangesReadInWords() {
        assertThat(BoardPack.heatMapText(HEAT_MAP)).isEqualTo("Residual risk heat map of 3 open risks: 1 at likelihood 5 and impact 4 "
                + "(score 20, high); 2 at likelihood 2 and impact 3 (score 6, low).");
        assertThat(BoardPack.change(5)).isEqualTo("up 5 points");
        assertThat(BoardPack.change(-1)).isEqualTo("down 1 point");
        assertThat(BoardPack.change(0)).isEqualTo("no change");
        assertThat(BoardPack.change(null)).isEqualTo("no earlier cycle");
    }

    @Test
    void thePackCarriesTheFixturesFiguresUnderEveryHeadingAndIsTagged() throws Exception {
        byte[] pdf = BoardPackPdf.render(fixture());
        java.nio.file.Files.write(java.nio.file.Path.of("target/board-pack-fixture.pdf"), pdf); // to look at
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Testshire Safeguarding Partnership board pack, January to March 2027");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Section 11 audit 2026/27: 7 of 8 returns received. Compared with Section 11 audit 2025/26.",
                    "S11-1 Leadership 7 6 86 up 6 points 2", "LEAD Leadership 86 80 up 6 points",
                    "Section 11 audit 2026/27 31 Mar 2027 8 7 5 63 1",
                    "Residual risk heat map of 3 open risks: 1 at likelihood 5 and impact 4 (score 20, high)",
                    "R-7 Budget gap 9 20 Up", "R-7 Budget gap Finance 20 High 9", "R-8 Stale review 6 1 Feb 2027",
                    "A-1 Train every officer Jo Bloggs 1 Mar 2027 Red Off track",
                    "Return Acme Trust return 31 Jan 2027 the independent chair 20 Mar 2027", "West Midlands Police 1 3 33");
            List<String> tags = new ArrayList<>();
            collect(document.getDocumentCatalog().getStructureTreeRoot(), tags);
            assertThat(tags).contains("H1", "H2", "H3", "Table", "TH", "TD", "Caption");
        }
    }

    private static void collect(PDStructureNode node, List<String> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.add(element.getStructureType());
                collect(element, tags);
            }
        }
    }

    private static BoardPackContent fixture() {
        return new BoardPackContent("testshire-board-pack-2027-q1-2027-03-31", new java.util.LinkedHashSet<>(BoardPackRequest.SECTIONS), "Testshire Safeguarding Partnership", "January to March 2027",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31),
                new Compliance("Section 11 audit 2026/27", "Section 11 audit 2025/26", 8, 7,
                        List.of(new StandardLine("S11-1", "Leadership", 7, 6, 86, 80, "up 6 points", 2)),
                        List.of(new SectionLine("LEAD", "Leadership", 86, 80, "up 6 points"))),
                List.of(new ReturnRate("Section 11 audit 2026/27", LocalDate.of(2027, 3, 31), 8, 7, 5, 63, 1)), HEAT_MAP,
                BoardPack.heatMapText(HEAT_MAP), LocalDate.of(2027, 1, 20), List.of(new Movement("R-7", "Budget gap", 9, 20, "Up")),
                List.of(new RiskLine("R-7", "Budget gap", "Finance", 20, "High", 9, LocalDate.of(2027, 4, 1))),
                List.of(new RiskLine("R-8", "Stale review", "Practice", 6, "Low", 8, LocalDate.of(2027, 2, 1))),
                List.of(new ActionLine("A-1", "Train every officer", "Jo Bloggs", LocalDate.of(2027, 3, 1), "Red", "Off track")),
                List.of(new EscalatedLine("Return", "Acme Trust return", LocalDate.of(2027, 1, 31), "the independent chair", LocalDate.of(2027, 3, 20))),
                List.of(new AttendanceLine("West Midlands Police", 1, 3, 33)));
    }

    private static List<List<HeatCell>> heatMap() {
        var rows = new ArrayList<List<HeatCell>>();
        for (int likelihood = 5; likelihood >= 1; likelihood--) {
            var row = new ArrayList<HeatCell>();
            for (int impact = 1; impact <= 5; impact++) {
                int count = likelihood == 5 && impact == 4 ? 1 : likelihood == 2 && impact == 3 ? 2 : 0;
                int score = likelihood * impact;
                row.add(new HeatCell(likelihood, impact, count, score, score >= 15 ? "High" : score >= 8 ? "Medium" : "Low"));
            }
            rows.add(row);
        }
        return rows;
    }
}
