package org.jointboard.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.jointboard.ui.layout.MainLayout;

/** An address that leads nowhere: said plainly, with the way back, inside the layout. */
@PermitAll
@ParentLayout(MainLayout.class)
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is no page at /" + event.getLocation().getPath()
                + ". If you typed the address, check it; if you followed a link, go back and try another way.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
