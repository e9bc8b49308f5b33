package dev.releasegate.verifier.report;

import dev.releasegate.verifier.db.SecretMask;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.steps.VerifierRun;
import dev.releasegate.verifier.vocabulary.Suggestions;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Allure's view of a scenario, made to agree with the gate's (loaded by Allure through META-INF/services): an
 * undefined or ambiguous step is a broken checklist, not "unknown"; anything broken without a category is a broken
 * checklist; and every text of a result is masked before it is written.
 */
public final class AllureVerdicts implements TestLifecycleListener {

    private static final String ANY_CATEGORY = "(category: ";

    /** The regex categories.json uses to file a result under a category: the marker anywhere in its trace. */
    static String traceRegex(FailureCategory category) {
        return "(?s).*" + Pattern.quote(category.marker()) + ".*";
    }

    @Override
    public void beforeTestStop(TestResult result) {
        StatusDetails details = Optional.ofNullable(result.getStatusDetails()).orElseGet(StatusDetails::new);
        result.setStatusDetails(details);
        if (result.getStatus() == null) {
            Optional<StepResult> step = firstUnfinished(result.getSteps());
            step.ifPresent(s -> s.setStatus(Status.BROKEN));
            result.setStatus(Status.BROKEN);
            if (details.getMessage() == null || details.getMessage().isBlank()) {
                List<String> lines = new ArrayList<>(List.of("undefined step: " + step.map(StepResult::getName).orElse("(unknown)")
                        + " is not a sentence of the vocabulary (every sentence: " + Suggestions.PAGE + ")"));
                step.ifPresent(s -> lines.addAll(Suggestions.ofGlue().didYouMean(s.getName())));
                details.setMessage(String.join("\n", lines));
            }
        }
        if (result.getStatus() == Status.BROKEN && (details.getTrace() == null || !details.getTrace().contains(ANY_CATEGORY))) {
            String trace = details.getTrace() == null ? "" : details.getTrace();
            details.setTrace(FailureCategory.BROKEN_CHECKLIST.marker() + "\n" + trace);
        }
    }

    private static Optional<StepResult> firstUnfinished(List<StepResult> steps) {
        return steps.stream().filter(s -> s.getStatus() == null).findFirst();
    }

    @Override
    public void beforeTestWrite(TestResult result) {
        SecretMask mask = VerifierRun.current().mask();
        result.setName(mask.mask(result.getName()));
        result.setFullName(mask.mask(result.getFullName()));
        result.setDescription(mask.mask(result.getDescription()));
        mask(mask, result.getStatusDetails());
        result.getParameters().forEach(p -> mask(mask, p));
        for (Label label : result.getLabels()) {
            label.setValue(mask.mask(label.getValue()));
        }
        result.getAttachments().forEach(a -> mask(mask, a));
        result.getSteps().forEach(s -> mask(mask, s));
    }

    private static void mask(SecretMask mask, StepResult step) {
        step.setName(mask.mask(step.getName()));
        mask(mask, step.getStatusDetails());
        step.getParameters().forEach(p -> mask(mask, p));
        step.getAttachments().forEach(a -> mask(mask, a));
        step.getSteps().forEach(s -> mask(mask, s));
    }

    private static void mask(SecretMask mask, StatusDetails details) {
        if (details != null) {
            details.setMessage(mask.mask(details.getMessage()));
            details.setTrace(mask.mask(details.getTrace()));
        }
    }

    private static void mask(SecretMask mask, Parameter parameter) {
        parameter.setValue(mask.mask(parameter.getValue()));
    }

    private static void mask(SecretMask mask, Attachment attachment) {
        attachment.setName(mask.mask(attachment.getName()));
    }
}
