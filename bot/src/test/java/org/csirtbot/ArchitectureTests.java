package org.csirtbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Boundaries Maven and Modulith do not see. */
@AnalyzeClasses(packages = "org.csirtbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule playbooksArePlainJava = noClasses().that().resideInAPackage("org.csirtbot.playbooks..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.slack..", "com.mongodb..",
                    "org.bson..", "org.csirtbot.storage..", "org.csirtbot.slack..")
            .because("playbooks are plain Java, usable in tests and tools without Spring, Slack or MongoDB");

    @ArchTest
    static final ArchRule domainKnowsNothingOfSlack = noClasses()
            .that().resideInAnyPackage("org.csirtbot.incident..", "org.csirtbot.report..", "org.csirtbot.storage..",
                    "org.csirtbot.api..", "org.csirtbot.playbook..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "org.csirtbot.slack..")
            .because("the incident and playbook domains, storage and the API know nothing of Slack; Slack is one adapter");

    @ArchTest
    static final ArchRule onlyStorageKnowsMongo = noClasses().that().resideOutsideOfPackage("org.csirtbot.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.bson..",
                    "org.springframework.data.mongodb..", "de.bwaldvogel..")
            .because("only storage knows MongoDB; everything else works with records");

    @ArchTest
    static final ArchRule onlyFeatureMappersTouchDocuments = noClasses()
            .that().resideOutsideOfPackage("org.csirtbot.storage..")
            .and().haveSimpleNameNotEndingWith("Documents")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Document")
            .because("stored documents are mapped to domain records in one place per feature (XxxDocuments)");

    @ArchTest
    static final ArchRule onlyTheGatewayCallsTheWebApi = noClasses()
            .that().resideOutsideOfPackage("org.csirtbot.slack.gateway..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.slack.api.methods.MethodsClient")
            .orShould().callMethod(com.slack.api.bolt.context.Context.class, "client")
            .because("every Web API call goes through the gateway, which checks, counts, limits, retries and records it");

    @ArchTest
    static final ArchRule slackRoutesAreNotPublic = classes().that().implement("org.csirtbot.slack.SlackRoute")
            .should().notBePublic()
            .because("Slack routes are internals of the Slack adapter");
}
