package org.jointboard.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.ui.layout.MainLayout;

/** A signed-in user opening a page their role does not include: said plainly, with who to ask, inside the layout. */
@PermitAll
@ParentLayout(MainLayout.class)
class NotAvailableView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("This page is not available to your role", "The page /" + event.getLocation().getPath()
                + " is for other roles on the board. If you need it for your work, ask your board's business unit to change your role.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
