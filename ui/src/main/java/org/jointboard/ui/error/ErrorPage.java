package org.jointboard.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jointboard.ui.layout.Links;

/**
 * What every error page shows, inside the app's layout: a title for the browser tab, a heading saying what happened,
 * a plain-English explanation and the next step (by default, a link home).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private String title = "Error";

    /** Replaces what the page shows. */
    protected void show(String heading, String explanation, Component... nextSteps) {
        removeAll();
        title = heading;
        var text = new Paragraph(explanation);
        text.getElement().setAttribute("role", "alert");
        add(new H1(heading), text);
        if (nextSteps.length == 0) {
            add(new Paragraph(Links.home("Go to your home page")));
        } else {
            add(nextSteps);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | JointBoard";
    }
}
