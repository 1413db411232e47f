package org.jointboard.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MongoDB-wire-protocol server used when no {@code MONGODB_URI} is given.
 *
 * @param mode {@code file} keeps data in an H2 file under {@code dataDir} (survives restarts); {@code memory} keeps nothing
 * @param dataDir folder for the store file
 * @param database database name the application uses
 * @param port port on 127.0.0.1 to serve it on; 0 (the default) takes a free one. A fixed port lets a benchmark read the
 *     same store with the raw driver while the backend runs
 */
@ConfigurationProperties("jointboard.store.embedded")
public record EmbeddedStoreProperties(
        @DefaultValue("file") Mode mode,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("jointboard") String database,
        @DefaultValue("0") int port) {

    public enum Mode { FILE, MEMORY }

    public Path storeFile() {
        return dataDir.resolve("jointboard-store.mv");
    }
}
