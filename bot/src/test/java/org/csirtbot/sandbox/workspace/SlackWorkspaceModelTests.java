package org.csirtbot.sandbox.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Slack's workspace model is kept apart from how it is served, so that the tests and the sandbox serve the same one. */
@AnalyzeClasses(packages = "org.csirtbot.sandbox.workspace", importOptions = ImportOption.DoNotIncludeTests.class)
class SlackWorkspaceModelTests {

    @ArchTest
    static final ArchRule theModelIsPlainJava = noClasses()
            .that().resideInAPackage("org.csirtbot.sandbox.workspace")
            .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "wiremock..",
                    "org.eclipse.jetty..", "org.springframework..", "org.junit..", "org.csirtbot.testkit..")
            .because("the workspace model (state and Slack's rules) is plain Java; the tests' FakeSlackWorkspace"
                    + " serves it over WireMock, and the bot's sandbox serves the same model over HTTP");
}
