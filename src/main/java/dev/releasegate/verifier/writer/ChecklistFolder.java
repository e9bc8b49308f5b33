package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.outcome.ChecklistBroken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a checklist is written to. A folder that already holds files is never written over unless the run
 * says so; then the feature files an earlier write left there (they start with the writer's marker line) are
 * replaced, so that a section that is gone disappears from the diff too, and files a person put there are kept.
 */
final class ChecklistFolder {

    private ChecklistFolder() {
    }

    static void write(Path folder, List<FeatureFile> files, boolean overwrite) {
        try {
            refuseIfTaken(folder, overwrite);
            if (Files.isDirectory(folder)) {
                List<Path> present = list(folder);
                for (FeatureFile file : files) {
                    Path existing = folder.resolve(file.name());
                    if (Files.exists(existing) && !writtenByUs(existing)) {
                        throw ChecklistBroken.configuration(show(existing) + " was not written by migration-verifier: move it away, or"
                                + " name another folder with -D" + WriterOptions.FOLDER);
                    }
                }
                for (Path old : present) {
                    if (old.getFileName().toString().endsWith(".feature") && writtenByUs(old)) {
                        Files.delete(old);
                    }
                }
            }
            Files.createDirectories(folder);
            for (FeatureFile file : files) {
                Path temporary = Files.createTempFile(folder, "." + file.name(), ".tmp");
                Files.writeString(temporary, file.text(), StandardCharsets.UTF_8);
                Files.move(temporary, folder.resolve(file.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | UncheckedIOException e) {
            throw ChecklistBroken.configuration("could not write the checklist to " + show(folder) + ": " + e.getMessage());
        }
    }

    /** Refuses a folder that is a file, or that holds files when the run did not say to write over them. */
    static void refuseIfTaken(Path folder, boolean overwrite) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw ChecklistBroken.configuration(show(folder) + " is a file, not a folder: name a folder with -D" + WriterOptions.FOLDER);
        }
        try {
            List<Path> present = Files.isDirectory(folder) ? list(folder) : List.of();
            if (!present.isEmpty() && !overwrite) {
                throw ChecklistBroken.configuration(show(folder) + " already holds " + present.size() + " file(s): a written checklist"
                        + " is not replaced silently; pass -D" + WriterOptions.OVERWRITE + "=true to write it again (then review the"
                        + " diff), or name another folder with -D" + WriterOptions.FOLDER);
            }
        } catch (IOException e) {
            throw ChecklistBroken.configuration("could not read the folder " + show(folder) + ": " + e.getMessage());
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static boolean writtenByUs(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.startsWith(FeatureText.MARKER)).orElse(false);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The folder as a person would type it: relative to the working folder when it is inside it. */
    static String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
