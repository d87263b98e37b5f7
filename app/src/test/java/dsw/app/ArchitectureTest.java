package dsw.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way, app -> tutorials -> {simulation, diagrams} -> model, and only the app
 * touches JavaFX (docs/decisions/0001-module-layout.md). Runs in the app module because only its
 * test class path holds every module.
 */
class ArchitectureTest {
    private static final String[] UI_TOOLKITS = {"javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importAll() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dsw");
    }

    @Test
    void everyModuleIsAnalysed() {
        for (String module : List.of("model", "simulation", "diagrams", "tutorials", "app")) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("dsw." + module)))
                    .as("classes of module %s were imported", module)
                    .isTrue();
        }
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("dsw.model..", "dsw.simulation..", "dsw.diagrams..", "dsw.tutorials..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(UI_TOOLKITS)
                .because("everything below the app runs headless: the CLI, the tests and a future server use it")
                .check(classes);
    }

    @Test
    void modelDependsOnNoOtherModule() {
        upward("dsw.model..", "dsw.simulation..", "dsw.diagrams..", "dsw.tutorials..", "dsw.app..")
                .check(classes);
    }

    @Test
    void simulationAndDiagramsDependOnlyOnTheModel() {
        upward("dsw.simulation..", "dsw.diagrams..", "dsw.tutorials..", "dsw.app..")
                .check(classes);
        upward("dsw.diagrams..", "dsw.simulation..", "dsw.tutorials..", "dsw.app..")
                .check(classes);
    }

    @Test
    void tutorialsDoNotReachIntoTheApp() {
        upward("dsw.tutorials..", "dsw.app..").check(classes);
    }

    @Test
    void theCanvasKnowsNothingOfTheEditorOrThePalette() {
        noClasses()
                .that()
                .resideInAPackage("dsw.app.canvas..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dsw.app.editor..", "dsw.app.palette..")
                .because("the canvas draws and navigates; editing plugs into it through CanvasInput")
                .check(classes);
    }

    private static ArchRule upward(String module, String... above) {
        return noClasses()
                .that()
                .resideInAPackage(module)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(above)
                .because("dependencies point one way: app -> tutorials -> {simulation, diagrams} -> model");
    }
}
