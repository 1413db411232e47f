package org.jointboard.committee;

import java.util.List;
import java.util.Set;

import org.jointboard.partnership.Serves;
import org.jointboard.partnership.BoardKind;

/** The editable facts of a body, already checked by {@link CommitteeService}. */
public record CommitteeDetails(Set<String> partnershipCodes, BodyKind kind, BoardKind boardKind, String name, String remit,
        Serves serves, TermsOfReference termsOfReference, String reportsToId, List<ExternalLink> links) {
}
