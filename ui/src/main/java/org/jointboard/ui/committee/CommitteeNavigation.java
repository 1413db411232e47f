package org.jointboard.ui.committee;

import com.vaadin.flow.router.RouteParameters;

/** How other features link to committee pages. */
public final class CommitteeNavigation {

    private CommitteeNavigation() {
    }

    public static Class<? extends com.vaadin.flow.component.Component> structure() {
        return StructureView.class;
    }

    static RouteParameters committee(String id) {
        return new RouteParameters("committeeId", id);
    }

    static RouteParameters meeting(String id) {
        return new RouteParameters("meetingId", id);
    }
}
