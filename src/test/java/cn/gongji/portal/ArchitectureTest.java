package cn.gongji.portal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import cn.gongji.portal.identity.Person;

/** Keeps the design of STYLE.md: features without cycles, thin views, a shared kernel that needs nobody. */
@AnalyzeClasses(packages = "cn.gongji.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Feature packages (their services and domain, not their views) form no cycles. */
    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("cn.gongji.portal.(*)")
            .should().beFreeOfCycles();

    /**
     * Nor does any package with the views in it: each {@code …ui} package is a slice of its own, so a view package
     * may use another feature's services (family.ui → settlement → family is no cycle), but two view packages may
     * not use each other, nor a view package the layout that uses it.
     */
    @ArchTest
    static final ArchRule everyPackageIsFreeOfCycles = slices().matching("cn.gongji.portal.(**)")
            .should().beFreeOfCycles();

    /** Views ask services; they never touch repositories or the EntityManager. */
    @ArchTest
    static final ArchRule viewsDoNotTouchPersistence = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
            .allowEmptyShould(true);

    /** Nothing below the UI depends on a view. */
    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    /**
     * An agent can never spend money or settle a bill (issue 5): the staff features use no settlement and call no
     * method that spends, refunds, credits or reserves money — only the family and wallet services' citizen actions.
     */
    @ArchTest
    static final ArchRule staffFeaturesReachNoMoneyMovingMethod = noClasses()
            .that().resideInAnyPackage("cn.gongji.portal.casework..", "cn.gongji.portal.supervision..")
            .should().dependOnClassesThat().haveFullyQualifiedName("cn.gongji.portal.settlement.SettlementService")
            .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                            "spend.*|refund.*|settle.*|credit|reserve|unreserve|lockAccounts|lockQuotas")));

    /** The shared kernel uses no feature (nor any other package of the portal). */
    @ArchTest
    static final ArchRule sharedKernelUsesNoFeature = noClasses().that().resideInAPackage("cn.gongji.portal.shared..")
            .should().dependOnClassesThat(resideInAPackage("cn.gongji.portal..")
                    .and(not(resideInAPackage("cn.gongji.portal.shared.."))));

    /** ... and no framework: only the JDK, and H2's trigger interface for the append-only tables (db/h2/V7_1). */
    @ArchTest
    static final ArchRule sharedKernelUsesNoFramework = classes().that().resideInAPackage("cn.gongji.portal.shared..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("cn.gongji.portal.shared..", "java..", "javax..",
                    "org.h2.api..");

    private static final String PERSON_REPOSITORY = "cn.gongji.portal.identity.PersonRepository";

    /**
     * Issue 13: the other features reach persons through identity's ways in — {@code People} to read,
     * {@code Enrolments} for the registry's writes, {@code SignInLocks} for the sign-in counters — never through the
     * repository.
     */
    @ArchTest
    static final ArchRule onlyIdentityUsesThePersonRepository = noClasses()
            .that().resideOutsideOfPackage("cn.gongji.portal.identity..")
            .should().dependOnClassesThat().haveFullyQualifiedName(PERSON_REPOSITORY);

    /** ... and the compiler keeps it so: the repository is package-private (Spring Data needs no public interface). */
    @ArchTest
    static final ArchRule thePersonRepositoryIsNotPublic = classes().that().haveFullyQualifiedName(PERSON_REPOSITORY)
            .should().notBePublic();

    /** Issue 13: D10, a wallet is opened by the wallet's own rules (and by the demo cast, which starts some open). */
    @ArchTest
    static final ArchRule onlyTheWalletOpensAWallet = personStateChangedOnlyIn("openWallet",
            "cn.gongji.portal.wallet..", "cn.gongji.portal.demo..");

    /** Issue 13: D22, an enrolment changes as the registry reports it (and in the demo cast). */
    @ArchTest
    static final ArchRule onlyTheRegistryChangesAnEnrolment = personStateChangedOnlyIn("updateEnrolment",
            "cn.gongji.portal.registry..", "cn.gongji.portal.demo..");

    /** Issue 11, 13: the registry issues the initial password; only the citizen, through security, changes it. */
    @ArchTest
    static final ArchRule onlyTheRegistryIssuesAPassword = personStateChangedOnlyIn("issuePassword",
            "cn.gongji.portal.registry..");

    @ArchTest
    static final ArchRule onlyTheCitizenChangesHisPassword = personStateChangedOnlyIn("changePassword",
            "cn.gongji.portal.security..");

    @ArchTest
    static final ArchRule onlyTheDemoCastSetsAPasswordDirectly = personStateChangedOnlyIn("setPasswordHash",
            "cn.gongji.portal.demo..");

    private static ArchRule personStateChangedOnlyIn(String method, String... owners) {
        String[] packages = Stream.concat(Stream.of("cn.gongji.portal.identity.."), Arrays.stream(owners))
                .toArray(String[]::new);
        return noClasses().that().resideOutsideOfPackages(packages)
                .should().callMethodWhere(target(owner(equivalentTo(Person.class))).and(target(name(method))));
    }
}
