package org.jointboard.ui.assessment;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.jointboard.ui.api.ApiException;
import org.jointboard.ui.assessment.AssessmentRecords.EvidenceFile;
import org.jointboard.ui.assessment.AssessmentRecords.EvidenceSaved;
import org.jointboard.ui.assessment.AssessmentRecords.Question;

/**
 * The files attached to one evidence question: each with its type, size, who and when, a download link and (while the
 * organisation may answer) "Remove"; and an upload that shows its progress. The backend checks every file's real type.
 */
final class EvidencePanel extends Div {

    static final String ACCEPTED = ".pdf,.docx,.xlsx,.pptx,.doc,.xls,.ppt,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.txt,.csv";
    static final int MAX_FILE_SIZE = 20 * 1024 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final EvidenceClient client;
    private final String returnId;
    private final Question question;
    private final boolean canEdit;
    private final IntSupplier version;
    private final BiConsumer<EvidenceSaved, Boolean> onSaved;
    private final List<EvidenceFile> files;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph message = new Paragraph();

    EvidencePanel(EvidenceClient client, String returnId, Question question, List<EvidenceFile> files, boolean canEdit, IntSupplier version,
            BiConsumer<EvidenceSaved, Boolean> onSaved) {
        this.client = client;
        this.returnId = returnId;
        this.question = question;
        this.canEdit = canEdit;
        this.version = version;
        this.onSaved = onSaved;
        this.files = new ArrayList<>(files);
        addClassName("evidence-files");
        list.getElement().setAttribute("aria-label", "Files attached to " + question.code());
        message.getElement().setAttribute("role", "alert");
        message.addClassName("evidence-message");
        add(list, message);
        if (canEdit) {
            var upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
                try {
                    attached(client.upload(returnId, question.code(), version.getAsInt(), metadata.fileName(), file.toPath()));
                } catch (ApiException refused) {
                    message.setText(refused.userMessage());
                } finally {
                    file.delete();
                }
            }));
            upload.setAcceptedFileTypes(ACCEPTED.split(","));
            upload.setMaxFileSize(MAX_FILE_SIZE);
            upload.setDropLabel(new Span("Drop evidence for " + question.code() + " here (PDF, Office, OpenDocument, images, text; up to 20 MB)"));
            upload.getElement().setAttribute("aria-label", "Attach evidence to " + question.code());
            upload.addFileRejectedListener(event -> message.setText(event.getErrorMessage()));
            add(upload);
        }
        redraw();
    }

    private void attached(EvidenceSaved saved) {
        files.add(saved.file());
        message.setText("");
        redraw();
        onSaved.accept(saved, true);
    }

    private void redraw() {
        list.removeAll();
        list.setVisible(!files.isEmpty());
        for (EvidenceFile file : files) {
            var link = new Anchor(event -> client.download(returnId, file.id(), file.name(), event), AttachmentType.DOWNLOAD, file.name());
            var item = new ListItem(link, new Span(" — " + file.typeLabel() + ", " + size(file.size()) + ", added by " + file.uploadedByName() + " on "
                    + WHEN.format(Instant.parse(file.uploadedAt()))));
            if (canEdit) {
                var remove = new Button("Remove", event -> remove(file));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove " + file.name());
                item.add(new Span(" "), remove);
            }
            list.add(item);
        }
    }

    private void remove(EvidenceFile file) {
        try {
            EvidenceSaved saved = client.remove(returnId, file.id(), version.getAsInt());
            files.remove(file);
            message.setText("Removed " + file.name() + ".");
            redraw();
            onSaved.accept(saved, !files.isEmpty());
        } catch (ApiException refused) {
            message.setText(refused.userMessage());
        }
    }

    static String size(double bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024)) + " KB" : String.format(Locale.UK, "%.1f MB", bytes / 1024 / 1024);
    }
}
