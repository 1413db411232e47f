package org.jointboard.ui.error;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.layout.MainLayout;

/** Shown instead of a page whose data the backend could not give: what happened and what to do next, inside the layout. */
@PermitAll
@ParentLayout(MainLayout.class)
class ApiErrorView extends ErrorPage implements HasErrorParameter<ApiException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiException> parameter) {
        ApiException error = parameter.getException();
        String heading = switch (error.kind()) {
            case UNAVAILABLE -> "The service is unavailable";
            case SESSION_EXPIRED -> "Your session has ended";
            case FORBIDDEN -> "This page is not available to your role";
            case NOT_FOUND -> "Not found";
            default -> "This page could not be shown";
        };
        if (error.kind() == ApiException.Kind.SESSION_EXPIRED) {
            var signIn = new Button("Sign in again", click -> {
                VaadinSession.getCurrent().getSession().invalidate();
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            });
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            show(heading, error.userMessage() + " Answers you gave were saved as you went; sign in again to carry on.", signIn);
        } else if (error.kind() == ApiException.Kind.UNAVAILABLE || error.kind() == ApiException.Kind.INTERNAL) {
            var retry = new Button("Try again", click -> getUI().ifPresent(ui -> ui.getPage().reload()));
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            show(heading, error.userMessage(), retry);
        } else {
            show(heading, error.userMessage());
        }
        return switch (error.kind()) {
            case UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            case SESSION_EXPIRED -> HttpServletResponse.SC_UNAUTHORIZED;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            default -> HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }
}
