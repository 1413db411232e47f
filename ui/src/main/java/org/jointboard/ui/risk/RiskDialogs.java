package org.jointboard.ui.risk;

import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/** The risk dialogs other pages open: raising a risk from a gap a board review found on a return. */
@Component
public class RiskDialogs {

    private final RiskClient risks;

    RiskDialogs(RiskClient risks) {
        this.risks = risks;
    }

    /** Opens the raise-a-risk form with its title suggested; {@code raised} gets the new risk's id. */
    public void raiseFromGap(String partnershipCode, String partnershipName, String returnId, String standardCode, String suggestedTitle,
            Consumer<String> raised) {
        var dialog = new RaiseRiskDialog(risks, partnershipCode, partnershipName, new RiskRecords.Gap(returnId, standardCode), raised);
        dialog.title.setValue(suggestedTitle);
        dialog.open();
    }

    /** The address of a risk's page, to go to once raised. */
    public static String route(String riskId) {
        return "risks/" + riskId;
    }
}
