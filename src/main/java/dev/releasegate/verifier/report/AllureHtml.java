package dev.releasegate.verifier.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * {@code reports/allure-report/index.html}, the single-file HTML report, generated in the run's own JVM by Allure's own
 * command line: the distribution Maven unpacked ({@code allure:install}), its libraries in a class loader of their own
 * so they never meet ours (its Jackson and Allure model are other versions), called as its {@code allure generate
 * --single-file --clean} would be. The same report the separate {@code allure} process wrote, without starting a second
 * JVM (a second JVM's start and class loading cost more than the report itself). The distribution's classes are
 * loaded while the checklists run ({@link #prepare}).
 */
public final class AllureHtml implements AutoCloseable {

    /** The system property naming the unpacked Allure distribution (its {@code lib/} and {@code plugins/}). */
    public static final String HOME = "verifier.allure.home";
    private static final String COMMAND_LINE = "io.qameta.allure.CommandLine";

    private final Path home;
    private final CompletableFuture<Loaded> loaded;

    private record Loaded(URLClassLoader loader, Class<?> commandLine) {
    }

    private AllureHtml(Path home) {
        this.home = home;
        this.loaded = CompletableFuture.supplyAsync(this::load);
    }

    /** Starts loading the distribution {@code -Dverifier.allure.home} names, in the background; empty when none is named. */
    public static Optional<AllureHtml> prepare() {
        return Optional.ofNullable(System.getProperty(HOME)).filter(h -> !h.isBlank()).map(h -> prepare(Path.of(h)));
    }

    /** Starts loading the distribution in {@code home}, in the background. */
    public static AllureHtml prepare(Path home) {
        return new AllureHtml(home);
    }

    /**
     * Writes {@code report/index.html} from the results in {@code results} (the folder is emptied first) and returns the
     * line the console shows; a report that cannot be written is said so in that line, never with a stack trace.
     */
    public String write(Path results, Path report) {
        try {
            writeExecutor(results);
            Loaded allure = loaded.get();
            Thread thread = Thread.currentThread();
            ClassLoader own = thread.getContextClassLoader();
            thread.setContextClassLoader(allure.loader());
            try {
                int code = generate(allure.commandLine(), results, report);
                Path index = report.resolve("index.html");
                if (code != 0 || !Files.isRegularFile(index)) {
                    return "the HTML report could not be written: Allure's generate ended with code " + code;
                }
                return "the HTML report is " + index;
            } finally {
                thread.setContextClassLoader(own);
            }
        } catch (ExecutionException e) {
            return "the HTML report could not be written: " + describe(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "the HTML report was not written: the run was interrupted";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "the HTML report could not be written: " + describe(e);
        }
    }

    private int generate(Class<?> commandLine, Path results, Path report) throws ReflectiveOperationException {
        Object cli = commandLine.getConstructor(Path.class).newInstance(home);
        String[] arguments = {"--quiet", "generate", "--single-file", "--clean", "--output", report.toString(), results.toString()};
        Optional<?> refused = (Optional<?>) commandLine.getMethod("parse", String[].class).invoke(cli, (Object) arguments);
        Object exit = refused.isPresent() ? refused.get() : commandLine.getMethod("run").invoke(cli);
        Method code = exit.getClass().getMethod("getCode");
        return (int) code.invoke(exit);
    }

    /** What allure-maven wrote beside the results: the executor widget names the build. */
    private static void writeExecutor(Path results) {
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve("executor.json"),
                    "{\"buildName\":\"migration-verifier\",\"name\":\"Maven\",\"type\":\"maven\"}", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Loaded load() {
        Path lib = home.resolve("lib");
        if (!Files.isDirectory(lib) || !Files.isDirectory(home.resolve("plugins"))) {
            throw new IllegalStateException("no Allure distribution in " + home + " (its lib/ and plugins/ are missing;"
                    + " `mvn verify` unpacks it with allure:install)");
        }
        List<URL> classpath = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                classpath.add(url(jar));
            }
            classpath.add(url(lib.resolve("config")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URLClassLoader loader = new URLClassLoader("allure", classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> commandLine;
        try {
            commandLine = Class.forName(COMMAND_LINE, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the Allure distribution in " + home + " has no " + COMMAND_LINE);
        }
        return new Loaded(loader, commandLine);
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Throwable e) {
        Throwable shown = e instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
        String message = shown.getMessage();
        return message == null || message.isBlank() ? shown.getClass().getSimpleName() : message;
    }

    @Override
    public void close() {
        loaded.thenAccept(l -> {
            try {
                l.loader().close();
            } catch (IOException e) {
                // a jar left open until the JVM ends is harmless
            }
        });
    }
}
