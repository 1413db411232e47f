package org.jointboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jointboard.BackendIntegrationTest;
import org.jointboard.DemoGraphQlTestSupport;
import org.jointboard.TestClock;
import org.jointboard.TestTokens;
import org.jointboard.assessment.DemoAssessments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

/**
 * The downloads from the outside, on the demo data: each file opened with POI or PDFBox and held against what the
 * same caller's GraphQL query says; refusals per role and bad input answered in the contract's error shape.
 */
@BackendIntegrationTest
@TestPropertySource(properties = "jointboard.demo-data.enabled=true")
class ExportTests extends DemoGraphQlTestSupport {

    private static final String P = "wolverhampton";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theRiskRegisterAsExcelHasARowPerRiskTypedCellsAFrozenHeaderAndANameThatSaysWhatAndWhen() throws Exception {
        var response = get(TestTokens.admin(), "/exports/risk-register?partnership=" + P);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("wolverhampton-risk-register-" + TestClock.today() + ".xlsx");
        List<String> references = riskReferences(TestTokens.admin());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Risk register");
            assertThat(sheet.getLastRowNum()).isEqualTo(references.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            assertThat(column(sheet, "Reference")).containsExactlyElementsOf(references);
            Row first = sheet.getRow(1);
            var residual = first.getCell(header(sheet, "Residual score"));
            assertThat(residual.getCellType()).isEqualTo(CellType.NUMERIC);
            var due = first.getCell(header(sheet, "Next review due"));
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
        }
    }

    @Test
    void theRiskRegisterAsCsvHasTheSameRowsAndAViewerGetsThePublishedRegisterButAnAgencyLeadNothing() throws Exception {
        var response = get(TestTokens.admin(), "/exports/risk-register?partnership=" + P + "&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        var records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(riskReferences(TestTokens.admin()).size() + 1);
        assertThat(records.getFirst().get(0)).isEqualTo("Reference");

        assertThat(get(TestTokens.viewer(), "/exports/risk-register?partnership=" + P).statusCode()).isEqualTo(200);
        assertRefused(get(TestTokens.policeLead(), "/exports/risk-register?partnership=" + P), 403, "FORBIDDEN", null);
        assertRefused(get(TestTokens.walsallAdmin(), "/exports/risk-register?partnership=" + P), 403, "FORBIDDEN", null);
    }

    @Test
    void exportsReadAThousandRowsAPageButAClientStillGetsAtMostAHundred() {
        assertBadRequest(as(TestTokens.admin()).document("{ riskRegister(partnership: \"" + P + "\", first: 1000) { edges { node { id } } } }").execute(),
                "first");
    }

    @Test
    void aCyclesReturnsWithEveryAnswerHaveOneRowPerReturnAndAViewerMayNotHaveThem() throws Exception {
        var response = get(TestTokens.admin(), "/exports/returns?partnership=" + P + "&cycle=" + DemoAssessments.CURRENT_CYCLE + "&answers=true");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode tracker = query(TestTokens.admin(), "{ cycleTracker(cycle: \"" + DemoAssessments.CURRENT_CYCLE + "\", partnership: \"" + P
                + "\") { total received } }").path("cycleTracker");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("Returns");
            assertThat(sheet.getLastRowNum()).isEqualTo(tracker.path("total").asInt());
            assertThat((int) sheet.getRow(0).getLastCellNum()).as("the answers add a column per question").isGreaterThan(20);
            long received = column(sheet, "First submitted").stream().filter(v -> !v.isEmpty()).count();
            assertThat(received).isEqualTo(tracker.path("received").asInt());
        }
        assertRefused(get(TestTokens.viewer(), "/exports/returns?partnership=" + P + "&cycle=" + DemoAssessments.CURRENT_CYCLE), 403, "FORBIDDEN", null);
        assertRefused(get(TestTokens.admin(), "/exports/returns?partnership=" + P + "&cycle=no-such-cycle"), 404, "NOT_FOUND", null);
    }

    @Test
    void theComplianceSummaryGivesViewersTheAggregatesAndBoardStaffTheHeatMapToo() throws Exception {
        String path = "/exports/compliance-summary?partnership=" + P + "&cycle=" + DemoAssessments.LAST_CYCLE;
        JsonNode standards = query(TestTokens.admin(), "{ complianceSummary(cycle: \"" + DemoAssessments.LAST_CYCLE + "\", partnership: \"" + P
                + "\") { standards { code percentMet } heatMap { organisationName } } }").path("complianceSummary");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(get(TestTokens.admin(), path).body()))) {
            Sheet byStandard = workbook.getSheet("By standard");
            assertThat(byStandard.getLastRowNum()).isEqualTo(standards.path("standards").size());
            var firstPercent = byStandard.getRow(1).getCell(header(byStandard, "Met (%)"));
            JsonNode expected = standards.path("standards").get(0).path("percentMet");
            if (expected.isNull()) {
                assertThat(firstPercent).isNull();
            } else {
                assertThat(firstPercent.getNumericCellValue()).isEqualTo(expected.asDouble());
            }
            assertThat(workbook.getSheet("Heat map").getLastRowNum()).isEqualTo(standards.path("heatMap").size());
        }
        var viewer = get(TestTokens.viewer(), path);
        assertThat(viewer.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(viewer.body()))) {
            assertThat(workbook.getSheet("By standard")).isNotNull();
            assertThat(workbook.getSheet("Heat map")).as("no organisation's ratings for a viewer").isNull();
        }
    }

    @Test
    void attendanceAndTheActionListsComeAsSheetsAndBadInputIsRefusedNamingTheField() throws Exception {
        var attendance = get(TestTokens.admin(), "/exports/attendance?partnership=" + P + "&from=2026-01-01&to=2026-12-31");
        assertThat(attendance.statusCode()).isEqualTo(200);
        assertThat(attendance.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("wolverhampton-attendance-2026-01-01-to-2026-12-31.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(attendance.body()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("By organisation", "By member", "By body");
        }
        var exceptions = get(TestTokens.chair(), "/exports/action-exceptions?partnership=" + P + "&format=csv");
        var csvRows = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(new String(exceptions.body(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        JsonNode red = query(TestTokens.chair(), "{ actionExceptions(partnership: \"" + P + "\", first: 100) { edges { node { reference } } } }");
        assertThat(csvRows.stream().skip(1).map(r -> r.get(0)).toList())
                .containsExactlyElementsOf(red.path("actionExceptions").path("edges").valueStream().map(e -> e.path("node").path("reference").asString()).toList());
        for (String kind : List.of("actions", "tracker")) {
            var response = get(TestTokens.chair(), "/exports/" + kind + "?partnership=" + P + "&cycle=" + DemoAssessments.CURRENT_CYCLE + "&format=csv");
            assertThat(response.statusCode()).as(kind).isEqualTo(200);
        }

        assertRefused(get(TestTokens.admin(), "/exports/minutes?partnership=" + P), 400, "BAD_REQUEST", "kind");
        assertRefused(get(TestTokens.admin(), "/exports/risk-register?partnership=" + P + "&format=pdf"), 400, "BAD_REQUEST", "format");
        assertRefused(get(TestTokens.admin(), "/exports/risk-register"), 400, "BAD_REQUEST", "partnership");
        assertRefused(get(TestTokens.admin(), "/exports/attendance?partnership=" + P + "&from=yesterday&to=2026-12-31"), 400, "BAD_REQUEST", "from");
        assertRefused(get(TestTokens.admin(), "/exports/attendance?partnership=" + P + "&from=2026-12-31&to=2026-01-01"), 400, "BAD_REQUEST", "to");
        assertRefused(get(TestTokens.admin(), "/exports/tracker?partnership=" + P), 400, "BAD_REQUEST", "cycle");
        assertRefused(get(TestTokens.admin(), "/exports/risk-register?partnership=" + P + "&includeClosed=perhaps"), 400, "BAD_REQUEST", "includeClosed");
        assertThat(get(null, "/exports/risk-register?partnership=" + P).statusCode()).isEqualTo(401);
    }

    @Test
    void theBoardPackIsATaggedPdfWithATitleALanguageEverySectionAndTheFiguresOfThePages() throws Exception {
        var response = get(TestTokens.admin(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4&cycle=" + DemoAssessments.LAST_CYCLE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("wolverhampton-board-pack-2026-q4-" + TestClock.today() + ".pdf");
        JsonNode summary = query(TestTokens.admin(), "{ complianceSummary(cycle: \"" + DemoAssessments.LAST_CYCLE + "\", partnership: \"" + P
                + "\") { returnsExpected returnsReceived cycle { title } } riskOverview(partnership: \"" + P + "\") { heatMap { count } aboveAppetite { reference } } }");
        int openRisks = 0;
        for (JsonNode cell : summary.path("riskOverview").path("heatMap")) {
            openRisks += cell.path("count").asInt();
        }
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Wolverhampton Safeguarding Partnership board pack, October to December 2026");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getDocumentOutline()).as("bookmarks").isNotNull();
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Contents", "Compliance with the standards (page", "Return rates (page", "Residual risk heat map (page",
                    "Movements since the last executive meeting (page", "Risks above appetite (page", "Overdue risk reviews (page",
                    "Action plan exception report (page", "Escalated items (page", "Attendance by organisation (page");
            JsonNode c = summary.path("complianceSummary");
            assertThat(text).contains(c.path("cycle").path("title").asString() + ": " + c.path("returnsReceived").asInt() + " of "
                    + c.path("returnsExpected").asInt() + " returns received");
            assertThat(text).contains("Residual risk heat map of " + openRisks + " open risks");
            for (JsonNode risk : summary.path("riskOverview").path("aboveAppetite")) {
                assertThat(text).contains(risk.path("reference").asString());
            }
        }
    }

    @Test
    void theBoardPackIsForThoseWhoTakeItToTheBoardAndItsPeriodMustBeAQuarter() throws Exception {
        assertThat(get(TestTokens.exec(), "/exports/board-pack?partnership=" + P + "&period=2026-Q3").statusCode()).isEqualTo(200);
        assertRefused(get(TestTokens.viewer(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4"), 403, "FORBIDDEN", null);
        assertRefused(get(TestTokens.policeLead(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4"), 403, "FORBIDDEN", null);
        assertRefused(get(TestTokens.walsallAdmin(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4"), 403, "FORBIDDEN", null);
        assertRefused(get(TestTokens.admin(), "/exports/board-pack?partnership=" + P + "&period=2026-Q5"), 400, "BAD_REQUEST", "period");
        assertRefused(get(TestTokens.admin(), "/exports/board-pack?partnership=" + P), 400, "BAD_REQUEST", "period");
        assertRefused(get(TestTokens.admin(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4&cycle=nope"), 404, "NOT_FOUND", null);
        assertRefused(get(TestTokens.admin(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4&sections=heat-map,gossip"), 400, "BAD_REQUEST",
                "sections");
    }

    @Test
    void thePackListsWhatTheRemindersEscalatedInTheQuarter() throws Exception {
        query(TestTokens.admin(), "mutation { sendRemindersNow(input: { partnership: \"" + P + "\" }) { report { sent } } }");
        JsonNode log = query(TestTokens.admin(), "{ notificationLog(partnership: \"" + P + "\", first: 100) { edges { node { itemTitle level } } } }");
        var escalated = new java.util.TreeSet<String>();
        log.path("notificationLog").path("edges").forEach(edge -> {
            if (!edge.path("node").path("level").isNull()) {
                escalated.add(edge.path("node").path("itemTitle").asString());
            }
        });
        assertThat(escalated).as("the demo has items overdue past the first rung").isNotEmpty();
        var response = get(TestTokens.exec(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4&sections=escalated");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).doesNotContain("Nothingwasescalated");
            escalated.forEach(title -> assertThat(text).contains(title.replaceAll("\\s+", "")));
        }
        var lastQuarter = get(TestTokens.exec(), "/exports/board-pack?partnership=" + P + "&period=2026-Q3&sections=escalated");
        try (PDDocument pdf = Loader.loadPDF(lastQuarter.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Nothing was escalated in this period.");
        }
    }

    @Test
    void aPackOfChosenSectionsHoldsThoseAndNoOthers() throws Exception {
        var response = get(TestTokens.chair(), "/exports/board-pack?partnership=" + P + "&period=2026-Q4&sections=heat-map,attendance");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Residual risk heat map (page", "Attendance by organisation (page", "Residual risk heat map of ");
            assertThat(text).doesNotContain("Compliance with the standards", "Return rates", "Risks above appetite", "Escalated items");
        }
    }

    private HttpResponse<byte[]> get(String token, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertRefused(HttpResponse<byte[]> response, int status, String classification, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo(classification);
        if (field != null) {
            assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
        }
        assertThat(error.path("message").asString()).doesNotContain("Exception", "at org.");
    }

    private JsonNode query(String token, String document) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document))))
                .build();
        JsonNode body = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data");
    }

    private List<String> riskReferences(String token) throws IOException, InterruptedException {
        var references = new ArrayList<String>();
        String after = null;
        do {
            JsonNode page = query(token, "{ riskRegister(partnership: \"" + P + "\", first: 100" + (after == null ? "" : ", after: \"" + after + "\"")
                    + ") { edges { node { reference } } pageInfo { hasNextPage endCursor } } }").path("riskRegister");
            page.path("edges").forEach(edge -> references.add(edge.path("node").path("reference").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return references;
    }

    private static int header(Sheet sheet, String name) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + name);
    }

    private static List<String> column(Sheet sheet, String name) {
        int index = header(sheet, name);
        var values = new ArrayList<String>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            var cell = sheet.getRow(r).getCell(index);
            values.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell.getNumericCellValue()));
        }
        return values;
    }
}
