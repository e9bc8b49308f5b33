package dev.releasegate.verifier.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The commit the checklists were run from, and whether the working tree differed from it. */
record GitState(String commit, boolean dirty, int changedFiles) {

    static final String UNKNOWN = "unknown (not a git checkout, or git is not installed)";

    static GitState of(Path directory) {
        String commit = git(directory, "rev-parse", "HEAD");
        if (commit == null || commit.isBlank()) {
            return new GitState(UNKNOWN, false, 0);
        }
        String status = git(directory, "status", "--porcelain");
        List<String> changed = status == null ? List.of() : status.lines().filter(l -> !l.isBlank()).toList();
        return new GitState(commit.strip(), !changed.isEmpty(), changed.size());
    }

    /** "3f2a9c1... (dirty: 2 files changed)" */
    String describe() {
        return commit + (dirty ? " (dirty: " + changedFiles + (changedFiles == 1 ? " file" : " files") + " changed)" : "");
    }

    private static String git(Path directory, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
