package org.jointboard.ui.error;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.ui.api.ApiException;

/** Shown instead of a page whose data the backend could not give: what happened and what to do next. */
@PermitAll
class ApiErrorView extends VerticalLayout implements HasErrorParameter<ApiException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ApiException> parameter) {
        ApiException error = parameter.getException();
        removeAll();
        add(new H1(switch (error.kind()) {
            case UNAVAILABLE -> "JointBoard is not answering";
            case SESSION_EXPIRED -> "Your session has ended";
            case FORBIDDEN -> "You cannot open this page";
            default -> "This page could not be shown";
        }));
        var message = new Paragraph(error.userMessage());
        message.getElement().setAttribute("role", "alert");
        add(message);
        if (error.kind() == ApiException.Kind.SESSION_EXPIRED) {
            var signIn = new Button("Sign in again", click -> {
                VaadinSession.getCurrent().getSession().invalidate();
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            });
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(signIn);
        } else {
            var retry = new Button("Try again", click -> getUI().ifPresent(ui -> ui.getPage().reload()));
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(retry);
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
