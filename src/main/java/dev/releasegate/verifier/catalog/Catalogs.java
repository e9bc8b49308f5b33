package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One catalog snapshot per database for the whole run. A run that is repeated in the same JVM (the QA loop) asks for
 * {@link #fingerprinted} snapshots and calls {@link #dropChanged} before each repetition, so that no verdict is given
 * from a catalog that has changed since it was read.
 */
public final class Catalogs {

    private final Map<Database, CatalogSnapshot> snapshots = new ConcurrentHashMap<>();
    /** The fingerprint each snapshot's database had before the snapshot read anything; none when it could not be read. */
    private final Map<Database, String> fingerprints = new ConcurrentHashMap<>();
    private volatile boolean fingerprinted;

    public CatalogSnapshot of(Database database) {
        return snapshots.computeIfAbsent(database, d -> {
            if (fingerprinted) {
                fingerprint(d).ifPresent(f -> fingerprints.put(d, f));
            }
            return new CatalogSnapshot(d);
        });
    }

    /** From now on each new snapshot first reads its database's {@link CatalogFingerprint} (one more query per database). */
    public void fingerprinted() {
        fingerprinted = true;
    }

    /** The snapshot of a database kept so far, if any: what a repeated run will use without reading the catalog again. */
    public Optional<CatalogSnapshot> cached(Database database) {
        return Optional.ofNullable(snapshots.get(database));
    }

    /**
     * Before a repeated run: reads the fingerprint of every database whose snapshot is kept (one query each) and starts
     * a new, empty snapshot for each whose fingerprint changed or was never read. A kept snapshot forgets the parts read
     * from ordinary tables and settings (storage buckets, scheduled jobs, pg_settings), which no catalog fingerprint
     * covers: they are read again when asked for. Returns the names of the databases whose snapshot was dropped.
     */
    public List<String> dropChanged() {
        List<String> dropped = new ArrayList<>();
        for (Database database : List.copyOf(snapshots.keySet())) {
            Optional<String> now = fingerprint(database);
            String before = fingerprints.get(database);
            if (now.isPresent() && now.get().equals(before)) {
                snapshots.get(database).forgetRowParts();
                continue;
            }
            // the fingerprint just read is older than anything the new snapshot will read: it stands for it
            snapshots.put(database, new CatalogSnapshot(database));
            now.ifPresentOrElse(f -> fingerprints.put(database, f), () -> fingerprints.remove(database));
            dropped.add(database.name());
        }
        return dropped;
    }

    /** A database that cannot be read now has no fingerprint: its snapshot is not trusted, and its items say why. */
    private static Optional<String> fingerprint(Database database) {
        try {
            return Optional.of(CatalogFingerprint.of(database));
        } catch (ChecklistBroken e) {
            return Optional.empty();
        }
    }
}
