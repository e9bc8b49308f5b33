package dev.releasegate.verifier;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

/** The main job: every checklist under features/, with the reports CI systems read. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "dev.releasegate.verifier.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME,
        value = "html:reports/cucumber.html, dev.releasegate.verifier.report.CucumberJson:reports/cucumber.json,"
                + " junit:reports/junit.xml, io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm,"
                + " dev.releasegate.verifier.report.AuditTrail:reports")
public class RunChecklistsIT {
}
