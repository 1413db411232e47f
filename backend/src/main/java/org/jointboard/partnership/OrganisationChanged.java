package org.jointboard.partnership;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.bson.Document;
import org.jointboard.audit.AuditedChange;

/**
 * An organisation was added or its details changed. It is filed under the partnerships it served before and after, so
 * a partnership it left still sees the change.
 */
public record OrganisationChanged(String action, Document before, Organisation after) implements AuditedChange.OfRecord<Organisation> {

    @Override
    public Collection<String> partnershipCodes() {
        var touched = new LinkedHashSet<>(after.getPartnershipCodes());
        if (before != null) {
            touched.addAll(before.getList("partnershipCodes", String.class, List.of()));
        }
        return touched;
    }
}
