package org.jointboard.ui.layout;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/** JointBoard serves partnerships in England: dates read and are typed as 23/11/2026, whatever the browser says. */
@Component
class UkEnglish implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(Locale.UK));
    }
}
