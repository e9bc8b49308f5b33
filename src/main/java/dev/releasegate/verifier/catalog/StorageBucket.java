package dev.releasegate.verifier.catalog;

import java.util.List;
import java.util.Optional;

/** A row of Supabase's storage.buckets. */
public record StorageBucket(String id, String name, boolean isPublic, Optional<Long> fileSizeLimit, Optional<List<String>> allowedMimeTypes) {

    public StorageBucket {
        allowedMimeTypes = allowedMimeTypes.map(List::copyOf);
    }
}
