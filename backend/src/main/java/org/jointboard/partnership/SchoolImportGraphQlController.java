package org.jointboard.partnership;

import org.jointboard.partnership.SchoolRegisterImport.ImportSchoolsInput;
import org.jointboard.partnership.SchoolRegisterImport.SchoolImportReport;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SchoolImportGraphQlController {

    private final SchoolRegisterImport imports;

    SchoolImportGraphQlController(SchoolRegisterImport imports) {
        this.imports = imports;
    }

    record ImportSchoolsPayload(SchoolImportReport report) { }

    @QueryMapping
    SchoolImportReport previewSchoolImport(@Argument ImportSchoolsInput input) {
        return imports.preview(input);
    }

    @MutationMapping
    ImportSchoolsPayload importSchools(@Argument ImportSchoolsInput input) {
        return new ImportSchoolsPayload(imports.importSchools(input));
    }
}
