package dev.releasegate.verifier.catalog;

import java.util.Optional;

/**
 * An installed extension with its schema, installed version, the version the server's files recommend (empty
 * when its control file is gone), and whether the installed version is still among the available ones.
 */
public record ExtensionVersions(String name, String schema, String installedVersion, Optional<String> defaultVersion,
                                boolean installedVersionAvailable) {
}
