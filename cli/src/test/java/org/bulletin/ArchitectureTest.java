package org.bulletin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of PIPELINE.md, checked on the main classes of every module the command line is made of
 * (this module's test class path holds them all): no package cycle, each layer used only from above,
 * features through the build facade, each library in its own stage.
 */
class ArchitectureTest {

    private static final String[] BOTTOM = {"org.bulletin.problem..", "org.bulletin.text..", "org.bulletin.files.."};
    private static final String[] STAGES = {"org.bulletin.parse..", "org.bulletin.images..", "org.bulletin.render..",
            "org.bulletin.postprocess..", "org.bulletin.publish.."};
    private static final String[] FEATURES = {"org.bulletin.check..", "org.bulletin.report..", "org.bulletin.serve..",
            "org.bulletin.collect..", "org.bulletin.deploy..", "org.bulletin.importer.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/bulletin/testing/")) // test-support
                .withImportOption(location -> !location.contains("-tests.jar")) // the generator's test-jar
                .importPackages("org.bulletin");
    }

    @Test
    void everyModuleIsImported() {
        for (String c : new String[] {"org.bulletin.generator.SiteGenerator", "org.bulletin.check.SiteChecker",
                "org.bulletin.collect.CollectServer", "org.bulletin.report.CampaignReporter",
                "org.bulletin.serve.DevServer", "org.bulletin.deploy.Deployer", "org.bulletin.importer.QuizImport",
                "org.bulletin.cli.BulletinCli"}) {
            classes.get(c); // throws when the class was not imported, so the rules below cannot pass on nothing
        }
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.bulletin.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void layersAreUsedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.bulletin..")
                .withOptionalLayers(true)
                .layer("Bottom").definedBy(BOTTOM)
                .layer("Config").definedBy("org.bulletin.config..")
                .layer("Model").definedBy("org.bulletin.model..")
                .layer("Scan").definedBy("org.bulletin.source..")
                .layer("Stages").definedBy(STAGES)
                .layer("Incremental").definedBy("org.bulletin.incremental..")
                .layer("Facade").definedBy("org.bulletin.generator..")
                .layer("Features").definedBy(FEATURES)
                .layer("Shell").definedBy("org.bulletin.cli..")
                .whereLayer("Shell").mayNotBeAccessedByAnyLayer()
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Shell", "Features")
                .whereLayer("Facade").mayOnlyBeAccessedByLayers("Features", "Shell")
                .whereLayer("Incremental").mayOnlyBeAccessedByLayers("Facade")
                .whereLayer("Stages").mayOnlyBeAccessedByLayers("Stages", "Incremental", "Facade")
                .whereLayer("Scan").mayOnlyBeAccessedByLayers("Stages", "Incremental", "Facade", "Features")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Scan", "Stages", "Incremental", "Facade", "Features",
                        "Shell")
                .whereLayer("Config").mayOnlyBeAccessedByLayers("Model", "Scan", "Stages", "Incremental", "Facade",
                        "Features", "Shell")
                .check(classes);
    }

    @Test
    void bottomPackagesUseNoOtherBulletinPackage() {
        noClasses().that().resideInAnyPackage(BOTTOM).should().dependOnClassesThat()
                .resideInAnyPackage("org.bulletin.config..", "org.bulletin.model..", "org.bulletin.source..",
                        "org.bulletin.parse..", "org.bulletin.images..", "org.bulletin.render..",
                        "org.bulletin.postprocess..", "org.bulletin.publish..", "org.bulletin.incremental..",
                        "org.bulletin.generator..", "org.bulletin.check..", "org.bulletin.report..",
                        "org.bulletin.serve..", "org.bulletin.collect..", "org.bulletin.deploy..", "org.bulletin.importer..",
                        "org.bulletin.cli..")
                .check(classes);
    }

    @Test
    void theCollectorStandsAlone() {
        classes().that().resideInAPackage("org.bulletin.collect..").should().onlyDependOnClassesThat()
                // javax.crypto: the JDK's HMAC, for the claim codes the collector signs
                .resideInAnyPackage("org.bulletin.collect..", "java..", "javax.crypto..", "com.sun.net.httpserver..",
                        "com.fasterxml.jackson..", "picocli..")
                .check(classes);
    }

    @Test
    void deployUsesTheFacadeConfigurationAndBottomOnly() {
        classes().that().resideInAPackage("org.bulletin.deploy..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.bulletin.deploy..", "org.bulletin.generator..", "org.bulletin.config..",
                        "org.bulletin.model..", "org.bulletin.problem..", "org.bulletin.text..", "org.bulletin.files..",
                        "java..", "software.amazon.awssdk..")
                .check(classes);
    }

    @Test
    void eachLibraryStaysInItsStage() {
        noClasses().that().resideOutsideOfPackage("org.bulletin.config..")
                .should().dependOnClassesThat().resideInAPackage("org.jbake..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.bulletin.render..")
                .should().dependOnClassesThat().resideInAPackage("org.thymeleaf..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.bulletin.parse..", "org.bulletin.images..")
                .should().dependOnClassesThat().resideInAnyPackage("org.asciidoctor..", "org.jruby..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.bulletin.parse..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..").check(classes);
        noClasses().that().resideOutsideOfPackages("org.bulletin.cli..", "org.bulletin.collect..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.bulletin.check..")
                .should().dependOnClassesThat().resideInAnyPackage("nu.validator..", "org.openqa..", "com.deque..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.bulletin.deploy..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..").check(classes);
        noClasses().that().resideOutsideOfPackage("org.bulletin.importer..")
                .should().dependOnClassesThat().resideInAPackage("org.dhatim..").check(classes);
    }
}
