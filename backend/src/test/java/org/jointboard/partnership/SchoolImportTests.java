package org.jointboard.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import org.jointboard.BackendIntegrationTest;
import org.jointboard.GraphQlTestSupport;
import org.jointboard.TestTokens;
import org.jointboard.partnership.internal.OrganisationRepository;
import org.jointboard.partnership.internal.PartnershipRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Importing a school register: preview, all-or-nothing, per-row errors, idempotent by URN, and 25,000 rows. */
@BackendIntegrationTest
class SchoolImportTests extends GraphQlTestSupport {

    static final String HEADER = "urn,name,phase,establishment_type,local_authority,head_teacher,dsl_name,dsl_email\n";
    static final String GOOD = HEADER
            + "100001,Ashfield Primary School,Primary,Maintained,Wolverhampton,Amira Patel,Ben Clarke,dsl@ashfield.sch.uk\n"
            + "100002,Bilston Academy,Secondary,Academy,Wolverhampton,Carys Evans,Deepa Gill,dsl@bilston.sch.uk\n"
            + "\"100003\",\"Penn Hall, Special School\",special,maintained,Wolverhampton,Ewan Hughes,Fatima Iqbal,dsl@pennhall.sch.uk\n";

    @Autowired
    PartnershipFixtures partnershipFixtures;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    OrganisationRepository organisations;

    @BeforeEach
    void givenPartnerships() {
        partnershipFixtures.storeDemoPartnerships();
    }

    @Test
    void aGoodFileIsPreviewedThenImportedAndReimportingChangesNothing() {
        var preview = preview(TestTokens.admin(), GOOD);
        preview.path("previewSchoolImport").matchesJson("{\"rows\": 3, \"created\": 3, \"updated\": 0, \"unchanged\": 0, \"errorCount\": 0, \"applied\": false}");
        assertThat(organisations.count()).isZero();

        importFile(TestTokens.admin(), GOOD).path("importSchools.report").matchesJson("{\"created\": 3, \"applied\": true}");
        Organisation penn = organisations.findAll().stream().filter(o -> o.getSchool().urn().equals("100003")).findFirst().orElseThrow();
        assertThat(penn.getName()).isEqualTo("Penn Hall, Special School");
        assertThat(penn.getSchool()).isEqualTo(new School("100003", SchoolPhase.SPECIAL, EstablishmentType.MAINTAINED, "Wolverhampton",
                "Ewan Hughes", "Fatima Iqbal", "dsl@pennhall.sch.uk"));
        assertThat(penn.getPartnershipCodes()).containsExactly("wolverhampton");

        importFile(TestTokens.admin(), GOOD).path("importSchools.report").matchesJson("{\"created\": 0, \"updated\": 0, \"unchanged\": 3, \"applied\": true}");
        String renamed = GOOD.replace("Bilston Academy", "Bilston Trust Academy");
        importFile(TestTokens.admin(), renamed).path("importSchools.report").matchesJson("{\"created\": 0, \"updated\": 1, \"unchanged\": 2}");
        assertThat(organisations.count()).isEqualTo(3);
        assertThat(organisations.findAll()).extracting(Organisation::getName).contains("Bilston Trust Academy");
        // the same register for a second partnership adds it to what the schools serve
        importFile(TestTokens.admin(), GOOD.replace("Bilston Academy", "Bilston Trust Academy"), "walsall").path("importSchools.report.updated")
                .entity(Integer.class).isEqualTo(3);
        assertThat(organisations.findAll()).allSatisfy(o -> assertThat(o.getPartnershipCodes()).containsExactly("walsall", "wolverhampton"));
    }

    @Test
    void aFileWithBadRowsNamesEachAndImportsNothing() {
        String bad = GOOD
                + "12,Tiny School,Primary,Maintained,Wolverhampton,A Head,A Lead,dsl@tiny.sch.uk\n"
                + "100005,Oxley Primary,Kindergarten,Maintained,Wolverhampton,A Head,A Lead,dsl@oxley.sch.uk\n"
                + "100006,Penn Primary,Primary,Maintained,Wolverhampton,A Head,A Lead,not-an-email\n"
                + "100001,Ashfield Again,Primary,Maintained,Wolverhampton,A Head,A Lead,dsl@again.sch.uk\n"
                + "100007,,Primary,Maintained,,A Head,A Lead,dsl@x.sch.uk\n";
        var report = importFile(TestTokens.admin(), bad);
        report.path("importSchools.report.applied").entity(Boolean.class).isEqualTo(false);
        report.path("importSchools.report.rows").entity(Integer.class).isEqualTo(8);
        report.path("importSchools.report.errorCount").entity(Integer.class).isEqualTo(5);
        report.path("importSchools.report.errors").matchesJson("""
                [{"line": 5, "column": "urn"}, {"line": 6, "column": "phase"}, {"line": 7, "column": "dsl_email"},
                 {"line": 8, "column": "urn", "message": "URN 100001 is already on line 2"},
                 {"line": 9, "column": "name"}]""");
        assertThat(organisations.count()).isZero();
    }

    @Test
    void aFileWithOnlyTheRequiredColumnsImportsAndItsSummaryCountsEveryRowRead() {
        String file = "URN,Name,Phase,Establishment type\n100001,Ashfield Primary,Primary,Maintained\n100002,Bilston,Nursery school,Maintained\n";
        var preview = preview(TestTokens.admin(), file);
        preview.path("previewSchoolImport").matchesJson("""
                {"rows": 2, "created": 1, "errorCount": 1, "errors": [{"line": 3, "column": "phase"}], "applied": false}""");
        importFile(TestTokens.admin(), file.replace("Nursery school", "Secondary")).path("importSchools.report")
                .matchesJson("{\"rows\": 2, \"created\": 2, \"errorCount\": 0, \"applied\": true}");
        assertThat(organisations.findAll()).allSatisfy(o -> {
            assertThat(o.getSchool().dslEmail()).isNull();
            assertThat(o.getSchool().localAuthority()).isNull();
        });
    }

    @Test
    void aFileWithoutTheColumnsIsRefusedByColumn() {
        var report = preview(TestTokens.admin(), "urn,name\n100001,Ashfield\n");
        report.path("previewSchoolImport.errors[*].column").entityList(String.class)
                .containsExactly("phase", "establishment_type");
        var unreadable = preview(TestTokens.admin(), HEADER + "100001,\"Unclosed,Primary\n");
        unreadable.path("previewSchoolImport.errorCount").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
        unreadable.path("previewSchoolImport.errors[*].message").entityList(String.class).satisfies(messages -> assertThat(messages)
                .allSatisfy(message -> assertThat(message).doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.")));
        var quoted = preview(TestTokens.admin(), HEADER + "100001,\"Ash\"field,PRIMARY\n");
        quoted.path("previewSchoolImport.errors[*].message").entityList(String.class).satisfies(messages -> assertThat(messages)
                .allSatisfy(message -> assertThat(message).doesNotContain("Exception").doesNotContain("java.")));
    }

    @Test
    void onlyTheBoardAdminsOfThePartnershipImport() {
        assertSingleError(importFile(TestTokens.walsallAdmin(), GOOD), "FORBIDDEN");
        assertSingleError(importFile(TestTokens.viewer(), GOOD), "FORBIDDEN");
        assertSingleError(importFile(TestTokens.token("school.dsl", List.of("SCHOOL_LEAD"), "demo-park-primary", List.of("wolverhampton")), GOOD),
                "FORBIDDEN");
        assertSingleError(importFile(TestTokens.admin(), GOOD, "atlantis"), "FORBIDDEN");
        assertThat(organisations.count()).isZero();
    }

    @Test
    void twentyFiveThousandRowsImportWithinTheBackendsUsualMemory() {
        assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()).as("run with the backend's -Xmx512m").isLessThanOrEqualTo(512L << 20);
        var csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25_000; i++) {
            csv.append(1_000_000 + i).append(",School ").append(i).append(",Primary,Academy,Testshire,Head ").append(i)
                    .append(",Lead ").append(i).append(",dsl").append(i).append("@school.test\n");
        }
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long started = System.nanoTime();
        importFile(TestTokens.admin(), csv.toString()).path("importSchools.report").matchesJson("{\"rows\": 25000, \"created\": 25000, \"applied\": true}");
        long took = (System.nanoTime() - started) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        assertThat(organisations.count()).isEqualTo(25_000);
        started = System.nanoTime();
        importFile(TestTokens.admin(), csv.toString()).path("importSchools.report.unchanged").entity(Integer.class).isEqualTo(25_000);
        long again = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("25,000-row school register (%d KB): first import %d ms, re-import %d ms; heap used before %d MB, peak (all pools) %d MB,"
                + " max heap %d MB%n", csv.length() / 1024, took, again, before >> 20, peak >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private GraphQlTester.Response preview(String token, String csv) {
        return as(token).documentName("previewSchoolImport").variable("input", Map.of("partnership", "wolverhampton", "csv", csv)).execute();
    }

    private GraphQlTester.Response importFile(String token, String csv) {
        return importFile(token, csv, "wolverhampton");
    }

    private GraphQlTester.Response importFile(String token, String csv, String partnership) {
        return as(token).documentName("importSchools").variable("input", Map.of("partnership", partnership, "csv", csv)).execute();
    }
}
