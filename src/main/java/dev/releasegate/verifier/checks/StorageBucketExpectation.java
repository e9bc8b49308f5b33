package dev.releasegate.verifier.checks;

import java.util.List;
import java.util.Optional;

/**
 * A row of "these storage buckets exist". An absent value is not checked; a size limit or mime type list of
 * {@code Optional.of(Optional.empty())} expects none (the cell said {@code null}).
 */
public record StorageBucketExpectation(String bucket, Optional<Boolean> isPublic, Optional<Optional<Long>> fileSizeLimit,
                                       Optional<Optional<List<String>>> allowedMimeTypes) {
}
