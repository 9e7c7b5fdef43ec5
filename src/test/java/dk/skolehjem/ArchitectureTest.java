package dk.skolehjem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code (DESIGN.md "Shape of the code"), checked on every build: floors only point down, process
 * packages never import each other, no package cycles, and only {@code engine} touches Camunda's internals.
 */
class ArchitectureTest {

    static final String[] GROUND = {"dk.skolehjem.calendar..", "dk.skolehjem.policy..", "dk.skolehjem.roster.."};
    static final String[] SHARED = {
        "dk.skolehjem.compliance..",
        "dk.skolehjem.engine..",
        "dk.skolehjem.access..",
        "dk.skolehjem.minutes..",
        "dk.skolehjem.messagebook..",
        "dk.skolehjem.notification..",
        "dk.skolehjem.login..",
        "dk.skolehjem.reminder.."
    };
    static final List<String> PROCESSES = List.of(
            "parentmeeting",
            "conference",
            "learningconversation",
            "needstalk",
            "weeklyplan",
            "family",
            "concern",
            "schoolyear");
    static final String[] PAGES = {
        "dk.skolehjem", "dk.skolehjem.parents..", "dk.skolehjem.demo..", "dk.skolehjem.principle.."
    };

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.skolehjem");
    }

    @Test
    void floorsOnlyPointDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("ground")
                .definedBy(GROUND)
                .layer("shared")
                .definedBy(SHARED)
                .layer("processes")
                .definedBy(
                        PROCESSES.stream().map(p -> "dk.skolehjem." + p + "..").toArray(String[]::new))
                .layer("pages")
                .definedBy(PAGES)
                .whereLayer("pages")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("processes")
                .mayOnlyBeAccessedByLayers("pages")
                .whereLayer("shared")
                .mayOnlyBeAccessedByLayers("processes", "pages")
                .check(product);
    }

    @Test
    void processPackagesNeverImportEachOther() {
        for (String process : PROCESSES) {
            String[] others = PROCESSES.stream()
                    .filter(p -> !p.equals(process))
                    .map(p -> "dk.skolehjem." + p + "..")
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage("dk.skolehjem." + process + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("processes reach each other only through BPMN (DESIGN.md, Seams)")
                    .check(product);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("dk.skolehjem.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void onlyTheEnginePackageTouchesEngineInternals() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dk.skolehjem.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("engine internals stay behind engine.EngineInternals and the engine's plugin classes")
                .check(product);
    }

    @Test
    void everyProductPackageHasAFloor() {
        product.getPackage("dk.skolehjem").getSubpackages().forEach(sub -> {
            String name = sub.getName();
            boolean placed = PROCESSES.contains(name.substring("dk.skolehjem.".length()))
                    || Arrays.stream(GROUND).anyMatch(g -> g.equals(name + ".."))
                    || Arrays.stream(SHARED).anyMatch(g -> g.equals(name + ".."))
                    || Arrays.stream(PAGES).anyMatch(g -> g.equals(name + ".."));
            org.assertj.core.api.Assertions.assertThat(placed)
                    .as("package %s has a floor in ArchitectureTest", name)
                    .isTrue();
        });
    }
}
