package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.outcome.FailureCategory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The release risk a steps class (or one step method) checks; a false item is filed under it in the report.
 * Unannotated steps report schema drift.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReportedAs {

    FailureCategory value();

    /** Finds the category of the step that is reporting a verdict, from the call stack: the step decides, not the message. */
    final class Lookup {

        private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

        private Lookup() {
        }

        static FailureCategory ofCaller() {
            List<StackWalker.StackFrame> frames = WALKER.walk(s -> s
                    .dropWhile(f -> f.getDeclaringClass() == Lookup.class || f.getDeclaringClass() == ScenarioContext.class)
                    .limit(32).toList());
            if (frames.isEmpty()) {
                return FailureCategory.SCHEMA_DRIFT;
            }
            Class<?> steps = frames.get(0).getDeclaringClass();
            // the method annotation wins: the first annotated method of the steps class on the way up the stack
            for (StackWalker.StackFrame frame : frames) {
                if (frame.getDeclaringClass() != steps) {
                    continue;
                }
                Optional<FailureCategory> onMethod = Arrays.stream(steps.getDeclaredMethods())
                        .filter(m -> m.getName().equals(frame.getMethodName()))
                        .map(m -> m.getAnnotation(ReportedAs.class)).filter(a -> a != null).map(ReportedAs::value).findFirst();
                if (onMethod.isPresent()) {
                    return onMethod.get();
                }
            }
            ReportedAs onClass = steps.getAnnotation(ReportedAs.class);
            return onClass == null ? FailureCategory.SCHEMA_DRIFT : onClass.value();
        }
    }
}
