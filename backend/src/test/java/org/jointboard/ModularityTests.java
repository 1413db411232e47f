package org.jointboard;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The features are modules with declared layers (each {@code package-info.java}): partnership at the bottom;
 * committee, risk and assessment over it; summary over assessment; audit, security and common usable by all. A
 * dependency that is not declared, a cycle, or a reach into another feature's {@code internal} package fails here.
 * The module canvases and diagrams are written to {@code backend/target/spring-modulith-docs}.
 */
class ModularityTests {

    /** The keycloak module's test launcher shares the base package on the test classpath; it is not part of the application. */
    static final ApplicationModules MODULES = ApplicationModules.of(JointBoardApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.jointboard.keycloak.."));

    @Test
    void theFeaturesKeepToTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsAndCanvases() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
