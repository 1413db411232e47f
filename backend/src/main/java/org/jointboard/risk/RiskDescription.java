package org.jointboard.risk;

import java.time.LocalDate;
import java.util.List;

/** What a risk is and how it scores, as the service has checked it. */
record RiskDescription(String title, String cause, String event, String consequence, String category, Risk.RiskScope scope,
        String ownerPersonId, String owningCommitteeId, RiskScore inherent, RiskScore residual, String residualAboveInherentReason,
        RiskScore target, LocalDate targetDate, List<RiskControl> controls, List<String> linkedActions) {
}
