package okpay.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Shared;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The layout of STYLE.md: {@code cli} and {@code shell} on top, then the features, then the shared floor
 * ({@code kb}, {@code render}, {@code i18n}, {@code error}). Dependencies point one way, features reach each
 * other only through types marked {@link Shared}, and only the command and shell layers know picocli or JLine.
 */
class ArchitectureTest {
    /** The feature slices: each owns its knowledge-base sections, its logic and its text layouts. */
    static final List<String> FEATURES = List.of("faq", "contact", "diagnose", "security", "maintain", "ask", "config");
    private static final String[] FLOOR = {"okpay.support.kb..", "okpay.support.render..", "okpay.support.i18n..",
        "okpay.support.error..", "okpay.support.prompt..", "okpay.support.resource.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("okpay.support");

    @Test
    void noPackageCycles() {
        slices().matching("okpay.support.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching("okpay.support.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"faq", "contact", "diagnose", "security", "maintain", "ask"})
    void featuresReachEachOtherOnlyThroughSharedTypes(String feature) {
        String[] others = FEATURES.stream().filter(f -> !f.equals(feature)).map(f -> "okpay.support." + f + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("okpay.support." + feature + "..")
                .should().dependOnClassesThat(inAnyPackage(others).and(notShared()))
                .because("a feature may use another only through the types it marks @Shared")
                .check(CLASSES);
    }

    @Test
    void theFloorDependsOnNoFeatureAndNoCommand() {
        noClasses().that().resideInAnyPackage(FLOOR)
                .should().dependOnClassesThat().resideInAnyPackage(
                        FEATURES.stream().map(f -> "okpay.support." + f + "..").toArray(String[]::new))
                .orShould().dependOnClassesThat().resideInAnyPackage("okpay.support.cli..", "okpay.support.shell..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotDependOnCommandsOrShell() {
        noClasses().that().resideOutsideOfPackages("okpay.support.cli..", "okpay.support.shell..", "okpay.support")
                .should().dependOnClassesThat().resideInAnyPackage("okpay.support.cli..", "okpay.support.shell..")
                .check(CLASSES);
    }

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
    void onlyMainTouchesSystemStreamsOrExits() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void sectionReadersLiveWithTheFeatureThatOwnsTheirSection() {
        classes().that().implement(SectionReader.class)
                .should().haveSimpleNameEndingWith("Reader")
                .check(CLASSES);
    }

    @Test
    void noTwoTypesShareASimpleName() {
        Map<String, List<String>> byName = CLASSES.stream()
                .filter(c -> !c.isAnonymousClass() && !c.getSimpleName().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertEquals(Map.of(), byName);
    }

    /** nbvcxz loads 1.5 MB of word lists on first use: only the estimator may touch it, so only --check-password pays. */
    @Test
    void onlyThePasswordEstimatorUsesNbvcxz() {
        noClasses().that().doNotHaveFullyQualifiedName("okpay.support.security.PasswordEstimator")
                .should().dependOnClassesThat().resideInAPackage("me.gosimple.nbvcxz..")
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> inAnyPackage(String... packages) {
        return JavaClass.Predicates.resideInAnyPackage(packages);
    }

    /** Not marked {@link Shared}, nor nested in a type that is (a shared result's records travel with it). */
    private static DescribedPredicate<JavaClass> notShared() {
        return DescribedPredicate.describe("not @Shared", c -> {
            for (JavaClass type = c; type != null; type = type.getEnclosingClass().orElse(null)) {
                if (type.isAnnotatedWith(Shared.class)) {
                    return false;
                }
            }
            return true;
        });
    }
}
