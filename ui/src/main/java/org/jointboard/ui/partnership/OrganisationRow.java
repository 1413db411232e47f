package org.jointboard.ui.partnership;

import java.util.List;

/** An organisation as the list shows it. */
record OrganisationRow(String id, String code, String name, String kind, int version, List<PartnershipRef> partnerships,
        SchoolRow school) {

    record PartnershipRef(String code, String name) {
    }

    record SchoolRow(String urn, String phase, String establishmentType, String localAuthority, String headTeacher, String dslName,
            String dslEmail) {
    }

    String servesLabel() {
        return String.join(", ", partnerships.stream().map(PartnershipRef::name).toList());
    }
}
