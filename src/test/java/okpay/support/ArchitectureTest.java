package okpay.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import okpay.support.security.PasswordEstimator;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md: only the command and shell layers know picocli or JLine; the domain knows neither. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("okpay.support");

    @Test
    void onlyCommandAndShellLayersUsePicocli() {
        noClasses().that().resideOutsideOfPackages("okpay.support.cli..", "okpay.support.shell..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheShellUsesJline() {
        noClasses().that().resideOutsideOfPackage("okpay.support.shell..")
                .should().dependOnClassesThat().resideInAPackage("org.jline..")
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnCommandsOrShell() {
        noClasses().that().resideOutsideOfPackages("okpay.support.cli..", "okpay.support.shell..", "okpay.support")
                .should().dependOnClassesThat().resideInAnyPackage("okpay.support.cli..", "okpay.support.shell..")
                .check(CLASSES);
    }

    @Test
    void onlyMainTouchesSystemStreamsOrExits() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void knowledgeBaseModelDependsOnNoOtherLayer() {
        noClasses().that().resideInAPackage("okpay.support.kb..")
                .should().dependOnClassesThat().resideInAnyPackage("okpay.support.render..", "okpay.support.search..",
                        "okpay.support.contact..", "okpay.support.faq..", "okpay.support.diagnose..", "okpay.support.security..")
                .check(CLASSES);
    }

    /** nbvcxz loads 1.5 MB of word lists on first use: only the estimator may touch it, so only --check-password pays. */
    @Test
    void onlyThePasswordEstimatorUsesNbvcxz() {
        noClasses().that().doNotHaveFullyQualifiedName("okpay.support.security.PasswordEstimator")
                .should().dependOnClassesThat().resideInAPackage("me.gosimple.nbvcxz..")
                .check(CLASSES);
    }
}
