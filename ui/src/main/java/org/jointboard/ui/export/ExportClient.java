package org.jointboard.ui.export;

import java.util.Map;

import com.vaadin.flow.server.streams.DownloadEvent;
import org.jointboard.ui.api.BackendFiles;

import org.springframework.stereotype.Component;

/** The backend's exports ({@code /exports/{kind}}): lists streamed to the browser, the board pack fetched whole. */
@Component
public class ExportClient {

    private final BackendFiles files;

    ExportClient(BackendFiles files) {
        this.files = files;
    }

    void download(String kind, Map<String, String> parameters, DownloadEvent event) {
        files.download(files.uri("/exports/{kind}", parameters, kind), kind, event);
    }

    BackendFiles.File fetch(String kind, Map<String, String> parameters, String accessToken) {
        return files.fetch(files.uri("/exports/{kind}", parameters, kind), kind, accessToken);
    }

    String accessToken() {
        return files.accessToken();
    }
}
