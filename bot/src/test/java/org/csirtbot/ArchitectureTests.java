package org.csirtbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Boundaries Maven and Modulith do not see. Each feature is a top-level package holding its domain and, in
 * {@code slack}, its Slack adapter; {@code org.csirtbot.slack} is what every adapter shares. The sizes of packages
 * and classes are kept by {@link SourceSizeTests}.
 */
@AnalyzeClasses(packages = "org.csirtbot", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** A feature's Slack adapter: {@code org.csirtbot.<feature>.slack..}; group 1 is the feature. */
    private static final Pattern FEATURE_SLACK = Pattern.compile("org\\.csirtbot\\.(\\w+)\\.slack(\\..*)?");
    private static final Pattern FEATURE = Pattern.compile("org\\.csirtbot\\.(\\w+)(\\..*)?");

    @ArchTest
    static final ArchRule playbooksArePlainJava = noClasses().that().resideInAPackage("org.csirtbot.playbooks..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.slack..", "com.mongodb..",
                    "org.bson..", "org.csirtbot.storage..", "org.csirtbot.slack..")
            .because("playbooks are plain Java, usable in tests and tools without Spring, Slack or MongoDB");

    @ArchTest
    static final ArchRule onlySlackPackagesKnowSlack = noClasses().that().resideOutsideOfPackage("..slack..")
            .should().dependOnClassesThat().resideInAPackage("com.slack..")
            .because("each feature's domain, storage and the API know nothing of Slack; Slack is one adapter, kept in "
                    + "the slack packages");

    @ArchTest
    static final ArchRule noDomainDependsOnASlackAdapter = noClasses().that().resideOutsideOfPackage("..slack..")
            .should().dependOnClassesThat().resideInAPackage("org.csirtbot..slack..")
            .because("the domains are driven by the Slack adapters, never the other way round");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherFeaturesSlack = classes().that().resideInAPackage("org.csirtbot..")
            .should(onlyUseTheirOwnSlackAdapterOrThePublishedRoom())
            .because("a feature's Slack adapter is its own; features meet in the room through what the incident "
                    + "feature publishes for it (incident :: room) and through events");

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

    private static ArchCondition<JavaClass> onlyUseTheirOwnSlackAdapterOrThePublishedRoom() {
        return new ArchCondition<>("use no other feature's Slack adapter but the room it publishes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String feature = feature(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Matcher slack = FEATURE_SLACK.matcher(target.getPackageName());
                    if (slack.matches() && !slack.group(1).equals(feature) && !published(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(String packageName) {
        Matcher matcher = FEATURE.matcher(packageName);
        return matcher.matches() ? matcher.group(1) : "";
    }

    /** Part of a named interface a feature publishes from its Slack adapter (the incident room). */
    private static boolean published(JavaClass target) {
        JavaClass declaring = target;
        while (!declaring.isAnnotatedWith(NamedInterface.class) && declaring.getEnclosingClass().isPresent()) {
            declaring = declaring.getEnclosingClass().get();
        }
        return declaring.isAnnotatedWith(NamedInterface.class);
    }
}
