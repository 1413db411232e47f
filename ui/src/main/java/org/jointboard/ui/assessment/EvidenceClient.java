package org.jointboard.ui.assessment;

import java.nio.file.Path;
import java.util.Map;

import com.vaadin.flow.server.streams.DownloadEvent;
import org.jointboard.ui.api.BackendFiles;
import org.jointboard.ui.assessment.AssessmentRecords.EvidenceSaved;

import org.springframework.stereotype.Component;

/** Evidence files of a return on the backend ({@code /evidence/...}), with the user's token. */
@Component
class EvidenceClient {

    private final BackendFiles files;

    EvidenceClient(BackendFiles files) {
        this.files = files;
    }

    EvidenceSaved upload(String returnId, String questionCode, int version, String fileName, Path content) {
        return files.upload(files.uri("/evidence/{returnId}", Map.of(), returnId), Map.of("questionCode", questionCode, "version",
                String.valueOf(version)), fileName, content, EvidenceSaved.class);
    }

    EvidenceSaved remove(String returnId, String fileId, int version) {
        return files.delete(files.uri("/evidence/{returnId}/{fileId}", Map.of("version", String.valueOf(version)), returnId, fileId),
                EvidenceSaved.class);
    }

    void download(String returnId, String fileId, String name, DownloadEvent event) {
        files.download(files.uri("/evidence/{returnId}/{fileId}", Map.of(), returnId, fileId), name, event);
    }
}
