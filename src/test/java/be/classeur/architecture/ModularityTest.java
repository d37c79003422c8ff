package be.classeur.architecture;

import be.classeur.ClasseurApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Spring Modulith: modules only use each other's API and have no cycles. */
class ModularityTest {
    private final ApplicationModules modules = ApplicationModules.of(ClasseurApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
