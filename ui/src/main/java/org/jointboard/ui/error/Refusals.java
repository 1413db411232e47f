package org.jointboard.ui.error;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jointboard.ui.api.ApiException;

/** Shows a refused command where the user can act on it: at the field named, else as a message. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Shows a BAD_REQUEST at its field (or as a message when the form has no such field), a CONFLICT or FORBIDDEN as a
     * message; anything else (service down, session ended) goes on to the application's error handling.
     */
    public static void show(ApiException refused, Map<String, ? extends HasValidation> fields) {
        HasValidation field = fields == null || refused.field() == null ? null : fields.get(refused.field());
        if (refused.kind() == ApiException.Kind.BAD_REQUEST && field != null) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return;
        }
        if (refused.kind() == ApiException.Kind.BAD_REQUEST || refused.kind() == ApiException.Kind.CONFLICT
                || refused.kind() == ApiException.Kind.FORBIDDEN) {
            Notification message = Notification.show(refused.userMessage(), 8000, Notification.Position.MIDDLE);
            message.addThemeVariants(NotificationVariant.LUMO_ERROR);
            message.setAssertive(true);
            return;
        }
        throw refused;
    }
}
