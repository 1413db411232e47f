package org.jointboard.ui.partnership;

import com.vaadin.flow.component.Component;

/** How other features link to partnership pages. */
public final class PartnershipNavigation {

    private PartnershipNavigation() {
    }

    public static Class<? extends Component> organisations() {
        return OrganisationsView.class;
    }
}
