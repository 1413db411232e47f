package org.jointboard.ui.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The shell: app name, the signed-in user with a sign-out button, and navigation showing only what the user may open. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");

        var appName = new Span("JointBoard");
        appName.addClassName("app-name");

        String userName = authentication.getAuthenticatedUser(OidcUser.class)
                .map(user -> user.getFullName() != null ? user.getFullName() : user.getPreferredUsername())
                .orElse("");
        var user = new Span(userName);
        user.addClassName("app-user");
        var signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var bar = new HorizontalLayout(toggle, appName, user, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(appName);
        bar.addClassName("app-bar");
        addToNavbar(bar);

        var navigation = new SideNav();
        navigation.getElement().setAttribute("aria-label", "Main navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(new SideNavItem(entry.title(), entry.path())));
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    /** Every page, with the footer under it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        var page = new Div();
        page.addClassName("app-page");
        var main = new Div();
        main.addClassName("app-content");
        main.getElement().appendChild(content.getElement());
        var footer = new Footer(Links.to("Accessibility statement", "accessibility"));
        footer.addClassName("app-footer");
        page.add(main, footer);
        setContent(page);
    }
}
