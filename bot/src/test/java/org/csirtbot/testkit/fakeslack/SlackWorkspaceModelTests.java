package org.csirtbot.testkit.fakeslack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.csirtbot.testkit.SlackIds;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The fake Slack's workspace model is kept apart from how it is served, so that a sandbox may serve it too. */
@AnalyzeClasses(packages = "org.csirtbot.testkit", importOptions = ImportOption.OnlyIncludeTests.class)
class SlackWorkspaceModelTests {

    @ArchTest
    static final ArchRule theModelIsPlainJava = noClasses()
            .that().belongToAnyOf(SlackWorkspace.class, ScriptedSlack.class, SlackAnswer.class, SlackIds.class, FakeSlackRouter.class,
                    FakeSlackState.class, FakeSlackScript.class, FakeSlackFaults.class, FakeSlackChat.class,
                    FakeSlackConversations.class, FakeSlackThreads.class, FakeSlackUsersAndViews.class,
                    FakeSlackJson.class, FakeSlackModel.class, FakeSlackSnapshot.class)
            .should().dependOnClassesThat().resideInAnyPackage("com.github.tomakehurst..", "wiremock..",
                    "org.eclipse.jetty..", "org.springframework..", "org.junit..")
            .orShould().dependOnClassesThat().belongToAnyOf(FakeSlackWorkspace.class, FakeSlackTransformer.class)
            .because("the workspace model (state and Slack's rules) is plain Java; FakeSlackWorkspace serves it over"
                    + " WireMock, and the bot's sandbox will serve the same model");
}
