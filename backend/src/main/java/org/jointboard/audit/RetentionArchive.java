package org.jointboard.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import org.springframework.stereotype.Component;

/**
 * Writes what a retention run is about to delete to a JSON Lines file (one stored record per line) and forces it to
 * disk before anything is deleted, so a crash after the archive and before the deletion loses nothing. The folder is
 * made readable by its owner only: the archive holds personal data.
 */
@Component
class RetentionArchive {

    private static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final RetentionProperties properties;

    RetentionArchive(RetentionProperties properties) {
        this.properties = properties;
    }

    record File(String name, int records, String sha256) { }

    File write(String runId, RetentionKind kind, List<RetainedRecord> records) {
        Path folder = properties.archiveFolder();
        Path file = folder.resolve("retention-" + runId + "-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".jsonl");
        try {
            createFolder(folder);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha256);
                var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                for (RetainedRecord record : records) {
                    writer.write(record.stored().toJson(JSON));
                    writer.write('\n');
                }
                writer.flush();
                channel.force(true);
            }
            return new File(file.getFileName().toString(), records.size(), HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the retention archive " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }
}
