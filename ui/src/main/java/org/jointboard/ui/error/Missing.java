package org.jointboard.ui.error;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;

/** An address naming a record that does not exist (or that the user may not see): back to its list, saying so. */
public final class Missing {

    private Missing() {
    }

    public static void backToList(BeforeEnterEvent event, Class<? extends Component> list, String what) {
        say("There is no such " + what + ", or it is not one you may see. Here is the list instead.");
        event.forwardTo(list);
    }

    /** For a record with no list page of its own that every role may open: home, saying so. */
    public static void backToHome(BeforeEnterEvent event, String what) {
        say("There is no such " + what + ", or it is not one you may see.");
        event.forwardTo("");
    }

    private static void say(String words) {
        Notification message = Notification.show(words, 8000, Notification.Position.TOP_CENTER);
        message.addThemeVariants(NotificationVariant.LUMO_WARNING);
        message.setAssertive(true);
    }
}
