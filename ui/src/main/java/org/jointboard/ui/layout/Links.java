package org.jointboard.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The one way the ui links to its pages: a {@link RouterLink} (navigation stays in the app) whose address is absolute,
 * so it leads to the same page wherever it is opened from, also in a new tab or when copied. A relative address such as
 * {@code committees/x} read from {@code /committees/y} would lead to {@code /committees/committees/x}.
 */
public final class Links {

    private Links() {
    }

    public static RouterLink to(String text, Class<? extends Component> view) {
        return absolute(new RouterLink(text, view));
    }

    public static RouterLink to(String text, Class<? extends Component> view, RouteParameters parameters) {
        return absolute(new RouterLink(text, view, parameters));
    }

    /** A page known by its route (for a page in a package that may not be named here). */
    public static RouterLink to(String text, String route) {
        var link = new RouterLink();
        link.setText(text);
        link.getElement().setAttribute("href", "/" + route);
        return link;
    }

    /** Home. */
    public static RouterLink home(String text) {
        return to(text, "");
    }

    private static RouterLink absolute(RouterLink link) {
        String href = link.getHref();
        link.getElement().setAttribute("href", href.startsWith("/") ? href : "/" + href);
        return link;
    }
}
