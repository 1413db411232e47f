package org.jointboard.common;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

/** Helpers for fields resolved through data loaders. */
public final class DataLoaders {

    private DataLoaders() {
    }

    /** Loads by key, or completes with null for an optional reference that is not set. */
    public static <T> CompletableFuture<T> loadIfPresent(DataLoader<String, T> loader, String key) {
        return key == null ? CompletableFuture.completedFuture(null) : loader.load(key);
    }
}
