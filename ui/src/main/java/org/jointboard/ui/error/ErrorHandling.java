package org.jointboard.ui.error;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jointboard.ui.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One place for errors nobody else handled: the user gets a plain-English message (and a reference for
 * the logs), never a stack trace. An ended session sends the user to sign in again.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> handle(error.getThrowable())));
    }

    static void handle(Throwable throwable) {
        ApiException api = find(throwable);
        if (api != null && api.kind() == ApiException.Kind.SESSION_EXPIRED) {
            show(api.userMessage());
            UI ui = UI.getCurrent();
            if (ui != null) {
                VaadinSession.getCurrent().getSession().invalidate();
                ui.getPage().setLocation("/");
            }
            return;
        }
        if (api != null) {
            show(api.userMessage());
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error in the UI, reference {}", reference, throwable);
        show("Something went wrong (reference " + reference + "). Reload the page and try again.");
    }

    private static ApiException find(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }

    private static void show(String message) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
    }
}
