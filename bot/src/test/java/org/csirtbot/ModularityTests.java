package org.csirtbot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of product.md, checked on every build. The {@code playbooks} library (its own Maven module,
 * plain Java: ArchitectureTests keeps it so) is a library the modules use, not one of them, so it is left out here.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CsirtbotApplication.class,
            resideInAPackage("org.csirtbot.playbooks.."));

    @Test
    void modulesKeepTheirDeclaredDependenciesAndHaveNoCycles() {
        modules.verify();
    }
}
