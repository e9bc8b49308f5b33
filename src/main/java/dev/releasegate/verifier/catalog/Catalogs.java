package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One catalog snapshot per database for the whole run. */
public final class Catalogs {

    private final Map<Database, CatalogSnapshot> snapshots = new ConcurrentHashMap<>();

    public CatalogSnapshot of(Database database) {
        return snapshots.computeIfAbsent(database, CatalogSnapshot::new);
    }
}
