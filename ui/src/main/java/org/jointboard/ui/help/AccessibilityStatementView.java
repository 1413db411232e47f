package org.jointboard.ui.help;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jointboard.ui.layout.MainLayout;

/**
 * The accessibility statement public bodies publish (Public Sector Bodies Accessibility Regulations 2018): the
 * standard, how it was tested, what is known not to meet it yet, and who to tell. Linked from every page's footer.
 */
@Route(value = "accessibility", layout = MainLayout.class)
@PageTitle("Accessibility statement | JointBoard")
@PermitAll
class AccessibilityStatementView extends VerticalLayout {

    AccessibilityStatementView() {
        setMaxWidth("48rem");
        add(new H1("Accessibility statement for JointBoard"));
        add(new Paragraph("JointBoard is run by your local safeguarding partnership's business unit. We want as many people as"
                + " possible to be able to use it: you should be able to change colours, contrast and fonts in your browser, zoom"
                + " in to 400% without the text spilling off the screen, get around using only a keyboard, and use it with a"
                + " screen reader."));
        add(new H2("How accessible this service is"));
        add(new Paragraph("We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Status,"
                + " ratings and risk levels are always given in words as well as colour, links are underlined, and every"
                + " message about a saved, refused or submitted change is read out by screen readers."));
        add(new H2("How we tested it"));
        var tested = new UnorderedList(
                new ListItem("Every build signs in as each of the seven demo roles through the real sign-in page, follows every link"
                        + " and menu item the service offers (up to two pages of each kind, 40 pages a role), and checks each page"
                        + " with the axe-core accessibility engine against the WCAG 2.0, 2.1 and 2.2 A and AA rules. A build with"
                        + " any failure is not released."),
                new ListItem("The tests run against the same production build that is deployed, in Chromium."),
                new ListItem("Answering and checking a return, reviewing a risk and recording attendance are done with the keyboard"
                        + " alone on every build, checking that the focus can always be seen."),
                new ListItem("Every journey of the service (returns, reviews, risks, meetings, organisations) is tested in a real"
                        + " browser on every build."));
        add(tested);
        add(new H2("What is not accessible yet"));
        var gaps = new UnorderedList(
                new ListItem("Forms with many fields show a summary of what is wrong at the top; short forms and the rows of a"
                        + " return, an attendance list or the moderated ratings show each problem at its field only."),
                new ListItem("Submitting a return with the keyboard alone is tested up to checking the answers; the submission"
                        + " itself is tested with a mouse."),
                new ListItem("Automated tools find only some problems, and the service has not yet been tested by disabled people."
                        + " If something does not work for you, please tell us."));
        add(gaps);
        add(new H2("Reporting a problem"));
        add(new Paragraph("If you find a problem, or need information in a different format, contact your partnership's"
                + " business unit. We will reply within 10 working days. If you are not happy with how we respond, contact"
                + " the Equality Advisory and Support Service (EASS)."));
        add(new Paragraph("This statement was prepared on 1 December 2026."));
    }
}
