package org.jointboard.config;

import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's H2 file backend, made durable: a command that changed anything is committed to the file
 * and synced to disk before its reply goes back to the driver. H2's MVStore otherwise commits in the background
 * about once a second, so a {@code kill -9} lost the writes acknowledged in that last second (measured: 5 to 45
 * a round).
 * <p>
 * Commits are grouped: while one command syncs, the writes of other commands pile up and the next commit takes
 * them all, so throughput under load is bounded by the disk's sync rate, not by one sync per write.
 */
final class DurableH2Backend extends H2Backend {

    private final ReentrantLock commitLock = new ReentrantLock();

    DurableH2Backend(String fileName) {
        // no background commits: every commit is one of ours, made before a reply
        super(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    @Override
    protected de.bwaldvogel.mongo.MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commitIfChanged();
        }
    }

    /**
     * Under the lock so that a command whose changes another thread is committing waits for that commit (and its
     * sync) to finish, instead of seeing "nothing unsaved" and replying early.
     */
    private void commitIfChanged() {
        MVStore store = getMvStore();
        if (!store.hasUnsavedChanges() && !commitLock.isLocked()) {
            return; // nothing of this command's is waiting: all committed and synced
        }
        commitLock.lock();
        try {
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                store.commit();
                store.sync();
            }
        } finally {
            commitLock.unlock();
        }
    }
}
