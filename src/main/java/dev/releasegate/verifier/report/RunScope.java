package dev.releasegate.verifier.report;

import java.io.PrintStream;
import java.util.List;

/**
 * What the run around the engine knows and Cucumber does not, handed to the report plugins of that run: the filters it
 * was asked for, the problems found before the engine started (files that could not be read, wrong settings), how many
 * scenarios the selected files hold, and the console to write to.
 *
 * <p>Cucumber creates its plugins by class name, so they find the scope the way steps find their run: bound to the
 * thread that runs the engine ({@link #bind}), or a default one (System.out, nothing filtered) for runs started without
 * it, as the project's own tests do.
 */
public final class RunScope {

    private static final InheritableThreadLocal<RunScope> BOUND = new InheritableThreadLocal<>();

    private final RunFilters filters;
    private final List<ChecklistProblem> problems;
    private final int scenariosInFiles;
    private final PrintStream console;
    private final boolean auditTrail;
    private volatile boolean reportsWritten;

    public RunScope(RunFilters filters, List<ChecklistProblem> problems, int scenariosInFiles, PrintStream console) {
        this(filters, problems, scenariosInFiles, console, true);
    }

    /** @param auditTrail whether Allure's files are written too (not in the QA loop) */
    public RunScope(RunFilters filters, List<ChecklistProblem> problems, int scenariosInFiles, PrintStream console, boolean auditTrail) {
        this.filters = filters;
        this.problems = List.copyOf(problems);
        this.scenariosInFiles = scenariosInFiles;
        this.console = console;
        this.auditTrail = auditTrail;
    }

    public boolean auditTrail() {
        return auditTrail;
    }

    /** The scope bound to this thread, else one for a run nobody described (the console is System.out as it is now). */
    public static RunScope current() {
        RunScope bound = BOUND.get();
        return bound != null ? bound : new RunScope(RunFilters.everything("features"), List.of(), -1, System.out);
    }

    /** Makes {@code scope} the current one of this thread (and the threads it starts) until the binding is closed. */
    public static Binding bind(RunScope scope) {
        RunScope previous = BOUND.get();
        BOUND.set(scope);
        return () -> BOUND.set(previous);
    }

    /** Ends a {@link #bind}. */
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }

    public RunFilters filters() {
        return filters;
    }

    public List<ChecklistProblem> problems() {
        return problems;
    }

    /** The scenarios the selected files hold before any filter, or -1 when unknown. */
    public int scenariosInFiles() {
        return scenariosInFiles;
    }

    public PrintStream console() {
        return console;
    }

    /** True once the run's reports were written (Cucumber starts no plugin when no scenario was selected). */
    public boolean reportsWritten() {
        return reportsWritten;
    }

    void markReportsWritten() {
        reportsWritten = true;
    }
}
