package dev.releasegate.verifier.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The commit the checklists were run from and, when the work tree differed from it, every file that differed (modified,
 * added, deleted, untracked), so an auditor can tell which checklists that ran were not the committed ones.
 */
record GitState(String commit, Optional<Path> root, List<Change> changes) {

    static final String UNKNOWN = "unknown (not a git checkout, or git is not installed)";

    /** One file that differs from the commit: git's two-letter status and the path from the top of the repository. */
    record Change(String status, String path) {

        /** "modified", "untracked", ... in words an auditor reads. */
        String word() {
            if (status.equals("??")) {
                return "untracked";
            }
            if (status.contains("D")) {
                return "deleted";
            }
            if (status.contains("A")) {
                return "added";
            }
            if (status.contains("R")) {
                return "renamed";
            }
            return "modified";
        }
    }

    GitState {
        changes = List.copyOf(changes);
    }

    /** The state of the checkout holding {@code directory}, else of the working directory's (checklists run from elsewhere). */
    static GitState of(Path directory) {
        GitState state = read(directory);
        return state.root().isPresent() ? state : read(Path.of("").toAbsolutePath());
    }

    /** Both questions to git at once, each its own process: a run's reports wait for the slower, not for the sum. */
    private static GitState read(Path directory) {
        Optional<Process> revParse = start(directory, "rev-parse", "HEAD", "--show-toplevel");
        Optional<Process> status = start(directory, "status", "--porcelain=v1", "--untracked-files=all", "-z");
        String[] head = Optional.ofNullable(output(revParse)).map(String::strip).orElse("").split("\n");
        String changes = output(status);
        if (head.length != 2 || head[0].isBlank() || head[1].isBlank()) {
            return new GitState(UNKNOWN, Optional.empty(), List.of());
        }
        return new GitState(head[0].strip(), Optional.of(Path.of(head[1].strip())), changes == null ? List.of() : changes(changes));
    }

    /** {@code -z} output: "XY path\0", a rename followed by its old path as one more field. */
    private static List<Change> changes(String status) {
        List<Change> changes = new ArrayList<>();
        String[] fields = status.split("\0");
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            if (field.length() < 4) {
                continue;
            }
            String code = field.substring(0, 2);
            changes.add(new Change(code.strip().isEmpty() ? "??" : code, field.substring(3)));
            if (code.contains("R") || code.contains("C")) {
                i++;
            }
        }
        return changes;
    }

    boolean dirty() {
        return !changes.isEmpty();
    }

    int changedFiles() {
        return changes.size();
    }

    /** How a file that ran stands against the commit: committed, modified, untracked, ..., or unknown outside git. */
    String statusOf(Path file) {
        if (root.isEmpty()) {
            return "unknown";
        }
        Path absolute;
        try {
            absolute = file.toRealPath();
        } catch (IOException e) {
            absolute = file.toAbsolutePath().normalize();
        }
        if (!absolute.startsWith(root.get())) {
            return "outside the repository";
        }
        String relative = root.get().relativize(absolute).toString().replace('\\', '/');
        return changes.stream().filter(c -> c.path().equals(relative)).findFirst().map(Change::word).orElse("committed");
    }

    /** "3f2a9c1... (dirty: 2 files changed)" */
    String describe() {
        return commit + (dirty() ? " (dirty: " + changedFiles() + (changedFiles() == 1 ? " file" : " files") + " changed)" : "");
    }

    private static Optional<Process> start(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            return Optional.of(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What git printed, or null when it could not run, failed or took more than 10 s. */
    private static String output(Optional<Process> started) {
        if (started.isEmpty()) {
            return null;
        }
        Process process = started.get();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            process.destroy();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return null;
        }
    }
}
