package org.jointboard.ui.assessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jointboard.ui.support.BrowserJourney;
import org.junit.jupiter.api.Test;

/**
 * Evidence in a browser: the health trust's lead attaches a PDF to an evidence question of this year's return (the upload shows
 * its progress; the file counts as the answer), a renamed program is refused with the reason; the business unit
 * downloads the PDF from the return it reviews; the lead removes it again, leaving the return as the other journeys
 * expect it.
 */
class EvidenceJourneyIT extends BrowserJourney {

    @Test
    void theLeadAttachesAPdfTheBusinessUnitDownloadsItAndTheLeadRemovesIt() throws Exception {
        Path pdf = Path.of("target/evidence/Safeguarding policy 2026.pdf");
        Files.createDirectories(pdf.getParent());
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        Path program = Path.of("target/evidence/minutes.pdf");
        Files.write(program, "MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode.".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        signIn("health.lead");
        page.navigate(UI + "/returns");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(AssessmentJourneyIT.CURRENT)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click(); // its evidence is not given yet
        String progressBefore = page.getByText(Pattern.compile("^\\d+ of \\d+ required questions answered$")).first().textContent();
        var upload = page.locator("vaadin-upload[aria-label='Attach evidence to S11-4.4'] input[type=file]");
        upload.setInputFiles(program);
        assertThat(page.getByText(Pattern.compile("\"minutes.pdf\" is a program, which is not accepted as evidence"))).isVisible();
        upload.setInputFiles(pdf);
        var listed = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Files attached to S11-4.4"));
        assertThat(listed).containsText(Pattern.compile("Safeguarding policy 2026\\.pdf — PDF, \\d+ KB, added by "));
        assertThat(page.getByText(Pattern.compile("^\\d+ of \\d+ required questions answered$")).first()).not().hasText(progressBefore);
        screenshot("evidence-attached");
        String returnUrl = page.url();

        switchUser("admin");
        page.navigate(returnUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Safeguarding policy 2026.pdf")).click());
        assertThat(Files.readAllBytes(download.path())).isEqualTo(Files.readAllBytes(pdf));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Safeguarding policy 2026.pdf"))).hasCount(0);

        switchUser("health.lead");
        page.navigate(returnUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Safe workforce")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Safeguarding policy 2026.pdf")).click();
        assertThat(page.getByText("Removed Safeguarding policy 2026.pdf.")).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ of \\d+ required questions answered$")).first()).hasText(progressBefore);
    }
}
