package dev.releasegate.verifier.evidence;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder of row count records ({@code verify.baselines.dir}, default {@code baselines}): one
 * {@code <name>.json} per record. A record is evidence, so writing one that exists is refused unless the run
 * says {@code -Dverify.baselines.overwrite=true}.
 */
public final class RowCountRecords {

    public static final String DIRECTORY_SETTING = "verify.baselines.dir";
    public static final String OVERWRITE_SETTING = "verify.baselines.overwrite";
    public static final String DEFAULT_DIRECTORY = "baselines";

    /** A record as read back, with the file it came from. */
    public record Stored(RowCountRecord record, Path file) {
    }

    private final Path directory;
    private final boolean overwrite;

    public RowCountRecords(Path directory, boolean overwrite) {
        this.directory = directory;
        this.overwrite = overwrite;
    }

    /** The file a record of this name lives in; a name that could leave the folder is refused. */
    public Path file(String name) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || name.contains("..")) {
            throw new ChecklistBroken("\"" + name + "\" cannot name a record: use letters, digits, '.', '_' and '-',"
                    + " starting with a letter or digit, such as \"pre-cutover\"");
        }
        return directory.resolve(name + ".json");
    }

    public Path write(RowCountRecord record) {
        Path file = file(record.name());
        if (Files.exists(file) && !overwrite) {
            String earlier = describeExisting(file);
            throw new ChecklistBroken("the record \"" + record.name() + "\" already exists (" + show(file) + earlier + "):"
                    + " a record is evidence and is not replaced silently; choose another name, or pass -D"
                    + OVERWRITE_SETTING + "=true to replace it");
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + record.name(), ".tmp");
            Files.writeString(temporary, record.toJson(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new ChecklistBroken("could not write the record " + show(file) + ": " + e.getMessage()
                    + " - check that " + DIRECTORY_SETTING + " names a folder this run may write to");
        }
    }

    public Stored read(String name, String howToRecord) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            throw new ChecklistBroken("there is no record \"" + name + "\" (no file " + show(file) + "): record it first with "
                    + howToRecord + ", or set " + DIRECTORY_SETTING + " to the folder that holds it");
        }
        try {
            return new Stored(RowCountRecord.fromJson(Files.readString(file, StandardCharsets.UTF_8), show(file)), file);
        } catch (IOException e) {
            throw new ChecklistBroken("could not read the record " + show(file) + ": " + e.getMessage());
        }
    }

    private String describeExisting(Path file) {
        try {
            RowCountRecord existing = RowCountRecord.fromJson(Files.readString(file, StandardCharsets.UTF_8), show(file));
            return ", recorded " + existing.recordedAt() + " from " + existing.database();
        } catch (IOException | ChecklistBroken e) {
            return "";
        }
    }

    /** The file as a person would type it: relative to the working folder when it is inside it. */
    public static String show(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
