package org.jointboard.ui.assessment;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Partnerships' names for the codes the API returns; a code the user does not know stays a code. */
record PartnershipNames(Map<String, String> byCode) {

    static PartnershipNames of(AssessmentClient assessments) {
        return new PartnershipNames(assessments.myPartnerships().stream()
                .collect(Collectors.toMap(AssessmentClient.Partnership::code, AssessmentClient.Partnership::name)));
    }

    String name(String code) {
        return code == null ? "" : byCode.getOrDefault(code, code);
    }

    String and(Collection<String> codes) {
        return codes.stream().map(this::name).collect(Collectors.joining(" and "));
    }
}
