package dev.releasegate.verifier.report;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

/**
 * Allure's Cucumber plugin with a lifecycle of its own, so each test run writes to the folder named by the
 * {@code allure.results.directory} system property at that moment (Allure's shared lifecycle fixes it once per JVM).
 */
public final class AllureIntoFolder extends AllureCucumber7Jvm {

    public AllureIntoFolder() {
        super(new AllureLifecycle());
    }
}
