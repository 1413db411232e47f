package org.jointboard.ui.error;

import java.util.UUID;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.ui.layout.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while opening a page: a reference for the logs, never a stack trace. */
@PermitAll
@ParentLayout(MainLayout.class)
class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Could not open {}, reference {}", event.getLocation().getPath(), reference, parameter.getException());
        show("This page could not be shown", "Something went wrong on our side (reference " + reference + "). Reload the page, or go back and try again.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
