package org.jointboard.ui.export;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Exports in a browser, as the "done when" reads: the admin downloads the tracker and the risk register as
 * Excel from their pages and the quarter's board pack from its page, and each file opens with what the page shows;
 * a viewer exports the aggregate summary but has no board pack; an agency lead has no register to export.
 */
class ExportJourneyIT extends BrowserJourney {

    private static final String WOLVERHAMPTON = "Wolverhampton Safeguarding Partnership";

    @Test
    void anAdminDownloadsTheTrackerAndTheRegisterAsExcelAndTheQuartersBoardPack() throws Exception {
        signIn("admin");
        page.navigate(UI + "/assurance");
        chooseInComboBox("Partnership", WOLVERHAMPTON, "Audit tracker");
        Download tracker = download("Tracker and chase list as Excel (.xlsx)");
        assertThat(tracker.suggestedFilename()).matches("wolverhampton-tracker-section-11-audit-.*\\.xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(tracker.path()))) {
            var figures = workbook.getSheet("Tracker");
            assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Returns issued");
            int issued = (int) figures.getRow(1).getCell(1).getNumericCellValue();
            assertThat(page.getByText(Pattern.compile("\\b" + issued + " returns? issued|of " + issued + "\\b")).first()).isVisible();
            assertThat(workbook.getSheet("Chase list")).isNotNull();
        }

        page.navigate(UI + "/risks");
        chooseInComboBox("Partnership", WOLVERHAMPTON, "Risk register");
        Download register = download("Risk register as Excel (.xlsx)");
        assertThat(register.suggestedFilename()).matches("wolverhampton-risk-register-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(register.path()))) {
            var sheet = workbook.getSheet("Risk register");
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
            // the highest residual score first, as the page lists it (other journeys change scores, so no fixed reference)
            assertThat(visible(sheet.getRow(1).getCell(0).getStringCellValue()).first()).isVisible();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isNotBlank();
        }

        page.navigate(UI + "/board-pack");
        chooseInComboBox("Partnership", WOLVERHAMPTON, "Board pack");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make the board pack")).click();
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Download wolverhampton-board-pack-.*\\.pdf \\(PDF, \\d+ KB\\)$")));
        assertThat(link).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("^Ready: the Wolverhampton Safeguarding Partnership board pack for "));
        screenshot("board-pack");
        Download pack = page.waitForDownload(link::click);
        try (var pdf = Loader.loadPDF(Files.readAllBytes(pack.path()))) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith(WOLVERHAMPTON + " board pack, ");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(new PDFTextStripper().getText(pdf)).contains("Residual risk heat map", "Action plan exception report");
        }
    }

    @Test
    void aViewerExportsTheSummaryButHasNoBoardPackAndAnAgencyLeadHasNoRegister() throws Exception {
        signIn("viewer");
        page.navigate(UI + "/assurance/summary");
        chooseInComboBox("Partnership", WOLVERHAMPTON, "Compliance summary");
        Download summary = download("Compliance summary as Excel (.xlsx)");
        try (var workbook = new XSSFWorkbook(Files.newInputStream(summary.path()))) {
            assertThat(workbook.getSheet("By standard")).isNotNull();
            assertThat(workbook.getSheet("Heat map")).isNull();
        }
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board pack"))).hasCount(0);
        page.navigate(UI + "/board-pack");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();

        switchUser("police.lead");
        page.navigate(UI + "/risks");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This page is not available to your role"))).isVisible();
    }

    private Download download(String linkName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export")).click();
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkName));
        return page.waitForDownload(link::click);
    }
}
