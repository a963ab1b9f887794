package org.csirtbot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries of product.md, checked on every build. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CsirtbotApplication.class);

    @Test
    void modulesKeepTheirDeclaredDependenciesAndHaveNoCycles() {
        modules.verify();
    }
}
