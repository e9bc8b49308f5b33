package dev.releasegate.verifier.vocabulary;

import io.cucumber.java.ParameterType;
import io.cucumber.java.StepDefinitionAnnotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * Every sentence the verifier understands and the words its parameters accept, read from the glue itself (the
 * {@code @Given/@When/@Then} and {@code @ParameterType} methods of the steps package), so that it is the vocabulary
 * Cucumber runs, never a copy of it. The steps package is found by name, not imported: this package stays below
 * every other.
 */
public final class Vocabulary {

    /** The glue package every checklist run uses. */
    public static final String GLUE = "dev.releasegate.verifier.steps";

    /** Cucumber's built-in parameter types, with the text each accepts. */
    private static final Map<String, String> BUILT_IN = Map.of("int", "-?\\d+", "long", "-?\\d+", "float", "-?\\d*[.,]?\\d+",
            "double", "-?\\d*[.,]?\\d+", "bigdecimal", "-?\\d*[.,]?\\d+", "biginteger", "-?\\d+", "word", "[^\\s]+",
            "string", "\"([^\"\\\\]*(\\\\.[^\"\\\\]*)*)\"|'([^'\\\\]*(\\\\.[^'\\\\]*)*)'", "", ".*");

    private static final class OfGlue {
        static final Vocabulary INSTANCE = read(classesIn(GLUE, Vocabulary.class.getClassLoader()));
    }

    private final List<Sentence> sentences;
    private final Map<String, String> parameterTypes;

    private Vocabulary(List<Sentence> sentences, Map<String, String> parameterTypes) {
        this.sentences = List.copyOf(sentences);
        this.parameterTypes = Collections.unmodifiableMap(parameterTypes);
    }

    /** The vocabulary of the glue on the classpath, read once. */
    public static Vocabulary ofGlue() {
        return OfGlue.INSTANCE;
    }

    /** The vocabulary declared by these classes' step definitions and parameter types. */
    public static Vocabulary read(List<Class<?>> classes) {
        List<Sentence> sentences = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>(BUILT_IN);
        for (Class<?> type : classes) {
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    steps(annotation).forEach(step -> sentences.add(new Sentence(step.annotationType().getSimpleName(),
                            value(step), type.getSimpleName())));
                }
                ParameterType parameter = method.getAnnotation(ParameterType.class);
                if (parameter != null) {
                    types.put(parameter.name().isEmpty() ? method.getName() : parameter.name(), parameter.value());
                }
            }
        }
        sentences.sort(Comparator.comparing(Sentence::stepClass).thenComparing(Sentence::expression));
        return new Vocabulary(sentences, types);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Every parameter type a sentence may use ({@code name}, {@code count}, {@code word}, ...), with the regular expression it accepts. */
    public Map<String, String> parameterTypes() {
        return parameterTypes;
    }

    /** A step annotation, or the several a repeated annotation holds. */
    private static List<Annotation> steps(Annotation annotation) {
        if (annotation.annotationType().isAnnotationPresent(StepDefinitionAnnotation.class)) {
            return List.of(annotation);
        }
        try {
            Method value = annotation.annotationType().getMethod("value");
            Class<?> returned = value.getReturnType();
            if (returned.isArray() && returned.getComponentType().isAnnotationPresent(StepDefinitionAnnotation.class)) {
                return List.of((Annotation[]) value.invoke(annotation));
            }
        } catch (NoSuchMethodException e) {
            return List.of();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not read " + annotation, e);
        }
        return List.of();
    }

    private static String value(Annotation step) {
        try {
            return (String) step.annotationType().getMethod("value").invoke(step);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not read " + step, e);
        }
    }

    /** The top-level classes of a package, from a folder or a jar on the classpath. */
    static List<Class<?>> classesIn(String packageName, ClassLoader loader) {
        String folder = packageName.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.map(f -> f.getFileName().toString()).forEach(names::add);
                    }
                } else if (root.getProtocol().equals("jar")) {
                    for (JarEntry entry : Collections.list(((JarURLConnection) root.openConnection()).getJarFile().entries())) {
                        String name = entry.getName();
                        if (name.startsWith(folder + "/") && name.indexOf('/', folder.length() + 1) < 0) {
                            names.add(name.substring(folder.length() + 1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the glue package " + packageName, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.contains("$") && !name.equals("package-info.class")) {
                try {
                    classes.add(Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length()), false, loader));
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that cannot be loaded declares no sentence Cucumber could run either
                }
            }
        }
        return classes;
    }
}
