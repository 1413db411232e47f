package org.jointboard.ui.risk;

import com.vaadin.flow.router.RouteParameters;

/** How other features link to risk pages. */
public final class RiskNavigation {

    private RiskNavigation() {
    }

    public static Class<? extends com.vaadin.flow.component.Component> register() {
        return RiskRegisterView.class;
    }

    static RouteParameters risk(String id) {
        return new RouteParameters("riskId", id);
    }
}
