package org.jointboard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jointboard.assessment.internal.AuditReturnRepository;
import org.jointboard.audit.Snapshots;
import org.jointboard.common.NotFoundException;
import org.jointboard.common.RejectedCommand;
import org.jointboard.security.CurrentUser;
import org.jointboard.security.CurrentUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Evidence files on a return: the organisation's lead attaches them to its evidence questions and removes them until
 * the return is submitted; whoever may read the return downloads them. A file is checked before anything is stored
 * (name, size, the return's total, and its real type by Apache Tika); its content goes to GridFS and the return records
 * it in one version-checked write, so a stale version is a CONFLICT and leaves nothing behind.
 */
@Service
@PreAuthorize("hasAnyRole('BOARD_ADMIN','BOARD_CHAIR','EXECUTIVE_MEMBER','AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
public class EvidenceService {

    private static final Pattern UNSAFE_NAME = Pattern.compile("[/\\\\\\p{Cntrl}]");

    private final AuditReturnRepository returns;
    private final AuditReturns reads;
    private final FrameworkService frameworks;
    private final EvidenceStore store;
    private final EvidenceProperties limits;
    private final CurrentUsers currentUsers;
    private final Snapshots snapshots;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(AuditReturnRepository returns, AuditReturns reads, FrameworkService frameworks, EvidenceStore store, EvidenceProperties limits,
            CurrentUsers currentUsers, Snapshots snapshots, ApplicationEventPublisher events, Clock clock) {
        this.returns = returns;
        this.reads = reads;
        this.frameworks = frameworks;
        this.store = store;
        this.limits = limits;
        this.currentUsers = currentUsers;
        this.snapshots = snapshots;
        this.events = events;
        this.clock = clock;
    }

    /** A file as received: the name the person gave it and its content, in a temporary file the caller deletes. */
    public record Upload(String returnId, String questionCode, long version, String name, Path content) {
    }

    /** A file to download: what the return records of it, and its content. */
    public record Download(EvidenceFile file, GridFsResource content) {
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
    public AuditReturn attach(Upload upload) {
        AuditReturn auditReturn = ownForEditing(upload.returnId(), upload.version());
        Framework framework = frameworks.require(auditReturn.getFrameworkId(), "returnId");
        reads.requireMayAnswer(auditReturn, framework, upload.questionCode());
        Question question = framework.question(upload.questionCode())
                .filter(q -> q.answerType() == AnswerType.EVIDENCE && q.appliesTo(auditReturn.getServes(), auditReturn.getEstablishmentType()))
                .orElseThrow(() -> new RejectedCommand("questionCode", "This return has no evidence question " + upload.questionCode()));
        String name = checkedName(upload.name());
        long size = size(upload.content());
        if (size == 0) {
            throw new RejectedCommand("file", "\"" + name + "\" is empty");
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw new RejectedCommand("file", "\"" + name + "\" is " + megabytes(size) + "; a file may be up to " + megabytes(limits.maxFileSize().toBytes()));
        }
        long total = auditReturn.getEvidence().stream().mapToLong(EvidenceFile::size).sum() + size;
        if (total > limits.maxReturnSize().toBytes()) {
            throw new RejectedCommand("file", "With \"" + name + "\" this return's files would come to " + megabytes(total) + "; a return may hold up to "
                    + megabytes(limits.maxReturnSize().toBytes()) + ". Remove a file first, or send a smaller one");
        }
        var type = EvidenceTypes.check(upload.content(), name);
        String sha256 = sha256(upload.content());
        CurrentUser user = currentUsers.current();
        var before = snapshots.of(auditReturn);
        String fileId = store(upload.content(), name, type.getKey(), auditReturn.getId());
        var file = new EvidenceFile(fileId, question.code(), name, size, type.getKey(), type.getValue().label(), sha256, user.username(), user.name(),
                clock.instant());
        try {
            auditReturn.attach(framework, file, Actor.of(user));
            auditReturn.expectVersion(upload.version());
            AuditReturn saved = returns.save(auditReturn);
            events.publishEvent(new ReturnChanged("attachEvidence", before, saved));
            return saved;
        } catch (RuntimeException refused) {
            store.delete(fileId); // nothing acknowledged, nothing kept
            throw refused;
        }
    }

    /** The file, if the caller may read its return; not found otherwise (whether or not it exists). */
    public Download open(String returnId, String fileId) {
        AuditReturn auditReturn = reads.find(returnId);
        EvidenceFile file = auditReturn == null ? null
                : auditReturn.getEvidence().stream().filter(f -> f.id().equals(fileId)).findFirst().orElse(null);
        GridFsResource content = file == null ? null : store.open(fileId);
        if (content == null) {
            throw new NotFoundException("Evidence file", fileId);
        }
        return new Download(file, content);
    }

    @PreAuthorize("hasAnyRole('AGENCY_LEAD','AGENCY_CONTRIBUTOR','SCHOOL_LEAD')")
    public AuditReturn remove(String returnId, String fileId, long version) {
        AuditReturn auditReturn = ownForEditing(returnId, version);
        Framework framework = frameworks.require(auditReturn.getFrameworkId(), "returnId");
        auditReturn.getEvidence().stream().filter(f -> f.id().equals(fileId)).findFirst()
                .ifPresent(file -> reads.requireMayAnswer(auditReturn, framework, file.questionCode()));
        var before = snapshots.of(auditReturn);
        auditReturn.detach(framework, fileId, Actor.of(currentUsers.current()), clock.instant());
        auditReturn.expectVersion(version);
        AuditReturn saved = returns.save(auditReturn);
        events.publishEvent(new ReturnChanged("removeEvidence", before, saved));
        store.delete(fileId); // after the return no longer names it: a crash here leaves unreferenced content, never a dangling entry
        return saved;
    }

    private AuditReturn ownForEditing(String returnId, long version) {
        AuditReturn auditReturn = reads.requireOwn(returnId, false);
        if (auditReturn.getVersion() != version) {
            throw new OptimisticLockingFailureException("Return " + returnId + " is at version " + auditReturn.getVersion());
        }
        if (!auditReturn.getState().editable()) {
            throw new RejectedCommand("returnId", "This return has been submitted: its evidence can no longer change");
        }
        return auditReturn;
    }

    private static String checkedName(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty()) {
            throw new RejectedCommand("file", "The file has no name");
        }
        if (name.length() > 200) {
            throw new RejectedCommand("file", "Keep the file's name under 200 characters");
        }
        if (UNSAFE_NAME.matcher(name).find() || name.equals(".") || name.equals("..")) {
            throw new RejectedCommand("file", "A file's name may not hold / or \\ or control characters: rename it and upload it again");
        }
        return name;
    }

    private String store(Path content, String name, String type, String returnId) {
        try {
            return store.store(content, name, type, returnId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path content) {
        try {
            return Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path content) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(content), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, Math.round(bytes / 1024.0)) + " KB" : String.format(java.util.Locale.UK, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
