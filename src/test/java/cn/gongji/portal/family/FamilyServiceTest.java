package cn.gongji.portal.family;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

@ServiceTest
class FamilyServiceTest {

    static final String BEIJING = "110105";
    static final String BEIJING_2 = "110108";
    static final String HENAN = "410102";
    static final String HENAN_2 = "410305";
    static final String FUJIAN = "350102";

    @Autowired
    FamilyService family;
    @Autowired
    TestPeople people;
    @Autowired
    CommitmentLetter letter;

    Relation bind(Person sharer, Person recipient, Kinship kinship) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), kinship, true, Actor.citizen(sharer.getId()));
    }

    @Test
    void bindsALiveRelationWhoseModeFollowsTheProvinces_D10a() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person spouse = people.employee(BEIJING_2, "0");
        Person parent = people.resident(HENAN);

        assertThat(bind(sharer, spouse, Kinship.SPOUSE).getMode()).isEqualTo(SharingMode.ACCOUNT);
        Relation cross = bind(sharer, parent, Kinship.PARENT);
        assertThat(cross.getMode()).isEqualTo(SharingMode.WALLET);
        assertThat(cross.getStatus()).isEqualTo(RelationStatus.LIVE);
    }

    @Test
    void rejectsSpouseParents_D3() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person wife = people.employee(BEIJING, "500.00");
        Person wifesFather = people.resident(BEIJING_2);
        bind(sharer, wife, Kinship.SPOUSE);
        bind(wife, wifesFather, Kinship.PARENT);

        // Whatever kind he declares, the records show he is the spouse's parent.
        for (Kinship declared : Kinship.values()) {
            assertRefused(Refusal.KINSHIP_NOT_ELIGIBLE, () -> bind(sharer, wifesFather, declared));
        }
        assertThat(family.asSharer(sharer.getId())).hasSize(1);
    }

    @Test
    void rejectsSpouseParentWhoBoundTheSpouseAsChild_D3() {
        Person sharer = people.employee(HENAN, "1000.00");
        Person wife = people.employee(HENAN, "0");
        Person wifesMother = people.employee(HENAN_2, "800.00");
        family.bind(wife.getId(), sharer.idNumber().value(), Kinship.SPOUSE, true, Actor.citizen(wife.getId()));
        bind(wifesMother, wife, Kinship.CHILD);

        assertRefused(Refusal.KINSHIP_NOT_ELIGIBLE, () -> bind(sharer, wifesMother, Kinship.PARENT));
    }

    @Test
    void aParentOfSomeoneWhoIsNotTheSpouseIsNotRefused_D3() {
        Person sharer = people.employee(HENAN, "1000.00");
        Person sister = people.employee(HENAN, "0");
        Person mother = people.resident(HENAN_2);
        bind(sister, mother, Kinship.PARENT);
        bind(sharer, sister, Kinship.SIBLING);

        assertThat(bind(sharer, mother, Kinship.PARENT).isLive()).isTrue();
    }

    @Test
    void a2021ScopeRegionRefusesASiblingInTheSameProvinceButNotAcrossProvinces_D4() {
        Person beijingSharer = people.employee(BEIJING, "1000.00");
        Person beijingSibling = people.resident(BEIJING_2);
        Person henanSibling = people.resident(HENAN);

        assertRefused(Refusal.KINSHIP_OUTSIDE_REGION_SCOPE, () -> bind(beijingSharer, beijingSibling, Kinship.SIBLING));
        assertRefused(Refusal.KINSHIP_OUTSIDE_REGION_SCOPE,
                () -> bind(beijingSharer, beijingSibling, Kinship.SONS_CHILD));
        assertThat(bind(beijingSharer, henanSibling, Kinship.SIBLING).getMode()).isEqualTo(SharingMode.WALLET);
        assertThat(bind(beijingSharer, beijingSibling, Kinship.CHILD).isLive()).isTrue();
    }

    @Test
    void aCurrentScopeRegionAcceptsAllEightKindsInTheSameProvince_D4() {
        Person henanSharer = people.employee(HENAN, "1000.00");
        Person grandchild = people.resident(HENAN_2);
        assertThat(bind(henanSharer, grandchild, Kinship.DAUGHTERS_CHILD).isLive()).isTrue();
    }

    @Test
    void theSharerMustBeAnActiveEmployeeAndTheRecipientInsured_D5() {
        Person resident = people.resident(BEIJING);
        Person other = people.resident(BEIJING_2);
        Person sharer = people.employee(BEIJING, "100.00");

        assertRefused(Refusal.SHARER_NOT_EMPLOYEE_INSURED, () -> bind(resident, other, Kinship.PARENT));
        assertRefused(Refusal.SAME_PERSON, () -> bind(sharer, sharer, Kinship.CHILD));
        assertRefused(Refusal.RECIPIENT_NOT_INSURED, () -> family.bind(sharer.getId(),
                TestPeople.idNumber(BEIJING), Kinship.CHILD, true, Actor.citizen(sharer.getId())));
        assertRefused(Refusal.INVALID_ID_NUMBER, () -> family.bind(sharer.getId(), "110105194912310021",
                Kinship.CHILD, true, Actor.citizen(sharer.getId())));
    }

    @Test
    void endedInsuranceIsRefusedOnEitherSide_D5_P4() {
        Person sharer = people.employee(HENAN, "100.00");
        Person recipient = people.resident(HENAN);
        Person endedSharer = people.employee(HENAN, "100.00");
        people.terminate(recipient);
        people.terminate(endedSharer);

        assertRefused(Refusal.RECIPIENT_INSURANCE_ENDED, () -> bind(sharer, recipient, Kinship.PARENT));
        assertRefused(Refusal.SHARER_INSURANCE_ENDED, () -> bind(endedSharer, sharer, Kinship.SIBLING));
    }

    @Test
    void manyToManyButOneOpenRelationPerPair_D6() {
        Person sharer = people.employee(HENAN, "100.00");
        Person brother = people.employee(HENAN, "100.00");
        Person mother = people.resident(HENAN_2);
        Relation first = bind(sharer, mother, Kinship.PARENT);
        bind(brother, mother, Kinship.PARENT);
        bind(sharer, brother, Kinship.SIBLING);

        assertRefused(Refusal.ALREADY_BOUND, () -> bind(sharer, mother, Kinship.PARENT));
        assertThat(family.asRecipient(mother.getId())).hasSize(2);

        family.dissolve(sharer.getId(), first.getId(), Actor.citizen(sharer.getId()));
        assertThat(bind(sharer, mother, Kinship.PARENT).isLive()).isTrue();
    }

    @Test
    void twoBindsOfThePairAtTheSameMomentLeaveOneRelation_D6() throws Exception {
        Person sharer = people.employee(HENAN, "100.00");
        Person mother = people.resident(HENAN_2);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Boolean> attempt = () -> {
                try {
                    bind(sharer, mother, Kinship.PARENT);
                    return true;
                } catch (RefusedException e) {
                    assertThat(e.refusal()).isEqualTo(Refusal.ALREADY_BOUND);
                    return false;
                }
            };
            List<Future<Boolean>> results = pool.invokeAll(java.util.Collections.nCopies(8, attempt));
            long bound = 0;
            for (Future<Boolean> f : results) {
                if (f.get()) {
                    bound++;
                }
            }
            assertThat(bound).isEqualTo(1);
            assertThat(family.asSharer(sharer.getId())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCommitmentLetterMustBeAcceptedAndIsStoredWithItsText_D7() {
        Person sharer = people.employee(HENAN, "100.00");
        Person child = people.resident(HENAN_2);

        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED, () -> family.bind(sharer.getId(), child.idNumber().value(),
                Kinship.CHILD, false, Actor.citizen(sharer.getId())));
        assertThat(family.asSharer(sharer.getId())).isEmpty();

        Relation relation = family.bind(sharer.getId(), child.idNumber().value(), Kinship.CHILD, true,
                Actor.agentFor(sharer.getId(), "agent01", Channel.SERVICE_HALL, "elderly citizen at the counter"));
        Commitment signed = family.commitmentOf(relation.getId()).orElseThrow();
        assertThat(signed.getSignedBy()).isEqualTo(sharer.getId());
        assertThat(signed.getLetterVersion()).isEqualTo(letter.version());
        assertThat(signed.getTextHash()).isEqualTo(letter.textHash()).hasSize(64);
        assertThat(signed.getChannel()).isEqualTo(Channel.SERVICE_HALL);
        assertThat(signed.getAgent()).isEqualTo("agent01");
        assertThat(signed.getAgentReason()).isEqualTo("elderly citizen at the counter");
    }

    @Test
    void aRecipientMayRequestOnlyWhereTheSharersRegionAllows_D8() {
        Person beijingSharer = people.employee(BEIJING, "100.00");
        Person fujianSharer = people.employee(FUJIAN, "100.00");
        Person fujianMother = people.resident(FUJIAN);

        assertRefused(Refusal.RECIPIENT_CANNOT_INITIATE, () -> family.request(fujianMother.getId(),
                beijingSharer.idNumber().value(), Kinship.PARENT, Actor.citizen(fujianMother.getId())));
        Relation pending = family.request(fujianMother.getId(), fujianSharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(fujianMother.getId()));
        assertThat(pending.getStatus()).isEqualTo(RelationStatus.PENDING);
        assertThat(family.commitmentOf(pending.getId())).isEmpty();
    }

    @Test
    void aPendingRequestIsConfirmedOnlyByTheSharerWithTheLetterSigned_D8() {
        Person sharer = people.employee(FUJIAN, "100.00");
        Person mother = people.resident(FUJIAN);
        Relation pending = family.request(mother.getId(), sharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId()));

        assertRefused(Refusal.NOT_THE_SHARER,
                () -> family.confirm(mother.getId(), pending.getId(), true, Actor.citizen(mother.getId())));
        assertRefused(Refusal.COMMITMENT_NOT_ACCEPTED,
                () -> family.confirm(sharer.getId(), pending.getId(), false, Actor.citizen(sharer.getId())));
        Person stranger = people.employee(FUJIAN, "0");
        assertRefused(Refusal.RELATION_NOT_FOUND,
                () -> family.confirm(stranger.getId(), pending.getId(), true, Actor.citizen(stranger.getId())));
        assertThat(family.relationFor(sharer.getId(), pending.getId()).getStatus()).isEqualTo(RelationStatus.PENDING);

        Relation live = family.confirm(sharer.getId(), pending.getId(), true, Actor.citizen(sharer.getId()));
        assertThat(live.getStatus()).isEqualTo(RelationStatus.LIVE);
        assertThat(family.commitmentOf(live.getId()).orElseThrow().getSignedBy()).isEqualTo(sharer.getId());
        assertRefused(Refusal.RELATION_NOT_PENDING,
                () -> family.confirm(sharer.getId(), pending.getId(), true, Actor.citizen(sharer.getId())));
    }

    @Test
    void theSharerMayDeclineARequest_D8() {
        Person sharer = people.employee(FUJIAN, "100.00");
        Person mother = people.resident(FUJIAN);
        Relation pending = family.request(mother.getId(), sharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId()));

        Relation declined = family.decline(sharer.getId(), pending.getId(), Actor.citizen(sharer.getId()));
        assertThat(declined.getStatus()).isEqualTo(RelationStatus.DECLINED);
        assertThat(declined.getEndReason()).isEqualTo(EndReason.DECLINED_BY_SHARER);
        // Declined is not open: she may ask again.
        assertThat(family.request(mother.getId(), sharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId())).getStatus()).isEqualTo(RelationStatus.PENDING);
    }

    @Test
    void aCrossProvinceRecipientMustHaveOpenedHisWallet_D10_P4() {
        Person sharer = people.employee(BEIJING, "100.00");
        Person parent = people.person(TestPeople.idNumber(HENAN), "王秀兰", Scheme.RESIDENT, HENAN, null, false);
        assertRefused(Refusal.RECIPIENT_WALLET_NOT_OPENED, () -> bind(sharer, parent, Kinship.PARENT));
    }

    @Test
    void eitherPartyMayDissolveAndTheRelationStaysInHistoryWithItsReason_D21_D23() {
        Person sharer = people.employee(HENAN, "100.00");
        Person mother = people.resident(HENAN_2);
        Person father = people.resident(HENAN_2);
        Relation byRecipient = bind(sharer, mother, Kinship.PARENT);
        Relation bySharer = bind(sharer, father, Kinship.PARENT);

        family.dissolve(mother.getId(), byRecipient.getId(), Actor.citizen(mother.getId()));
        family.dissolve(sharer.getId(), bySharer.getId(), Actor.citizen(sharer.getId()));

        assertThat(family.relationFor(mother.getId(), byRecipient.getId()).getEndReason())
                .isEqualTo(EndReason.DISSOLVED_BY_RECIPIENT);
        assertThat(family.relationFor(sharer.getId(), bySharer.getId()).getEndReason())
                .isEqualTo(EndReason.DISSOLVED_BY_SHARER);
        assertThat(family.asSharer(sharer.getId())).extracting(Relation::getStatus)
                .containsOnly(RelationStatus.DISSOLVED);
        assertRefused(Refusal.RELATION_NOT_LIVE,
                () -> family.dissolve(sharer.getId(), bySharer.getId(), Actor.citizen(sharer.getId())));
    }

    @Test
    void registryEventsDissolveEveryOpenRelationOfThePerson_D22() {
        Person sharer = people.employee(HENAN, "100.00");
        Person mother = people.resident(HENAN_2);
        Person brother = people.employee(HENAN, "100.00");
        bind(sharer, mother, Kinship.PARENT);
        bind(brother, sharer, Kinship.SIBLING);

        int ended = family.dissolveAllOf(sharer.getId(), EndReason.SHARER_INSURANCE_ENDED,
                EndReason.RECIPIENT_INSURANCE_ENDED, Actor.registry());

        assertThat(ended).isEqualTo(2);
        assertThat(family.asSharer(sharer.getId()).getFirst().getEndReason())
                .isEqualTo(EndReason.SHARER_INSURANCE_ENDED);
        assertThat(family.asRecipient(sharer.getId()).getFirst().getEndReason())
                .isEqualTo(EndReason.RECIPIENT_INSURANCE_ENDED);
    }

    @Test
    void anyoneButThePartiesIsToldTheRelationDoesNotExist_D2() {
        Person sharer = people.employee(HENAN, "100.00");
        Person mother = people.resident(HENAN_2);
        Person stranger = people.employee(HENAN, "100.00");
        Relation relation = bind(sharer, mother, Kinship.PARENT);

        assertRefused(Refusal.RELATION_NOT_FOUND, () -> family.relationFor(stranger.getId(), relation.getId()));
        assertRefused(Refusal.RELATION_NOT_FOUND,
                () -> family.dissolve(stranger.getId(), relation.getId(), Actor.citizen(stranger.getId())));
        assertRefused(Refusal.RELATION_NOT_FOUND, () -> family.timeline(stranger.getId(), relation.getId()));
    }

    @Test
    void theTimelineTellsTheRelationsEventsInOrder_P6() {
        Person sharer = people.employee(FUJIAN, "100.00");
        Person mother = people.resident(FUJIAN);
        Relation pending = family.request(mother.getId(), sharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId()));
        family.confirm(sharer.getId(), pending.getId(), true, Actor.citizen(sharer.getId()));
        family.dissolve(mother.getId(), pending.getId(), Actor.citizen(mother.getId()));

        assertThat(family.timeline(sharer.getId(), pending.getId()))
                .extracting(e -> e.getKind())
                .containsExactly(LedgerKind.RELATION_REQUESTED, LedgerKind.RELATION_CONFIRMED,
                        LedgerKind.RELATION_DISSOLVED);
        assertThat(family.timeline(mother.getId(), pending.getId()).getLast().getReason())
                .isEqualTo(EndReason.DISSOLVED_BY_RECIPIENT.name());
    }

    @Test
    void eachRefusedBindingNamesItsOwnReasonAndChangesNothing_P4() {
        Person sharer = people.employee(BEIJING, "100.00");
        Person resident = people.resident(BEIJING_2);
        Person ended = people.resident(HENAN);
        people.terminate(ended);
        Person sibling = people.resident(BEIJING_2);
        Person bound = people.resident(BEIJING_2);
        bind(sharer, bound, Kinship.CHILD);
        Person noWallet = people.person(TestPeople.idNumber(HENAN), "王小明", Scheme.RESIDENT, HENAN, null, false);
        Person beijingSharer = people.employee(BEIJING, "100.00");
        int before = family.asSharer(sharer.getId()).size();

        assertRefused(Refusal.SHARER_NOT_EMPLOYEE_INSURED, () -> bind(resident, sharer, Kinship.SPOUSE));
        assertRefused(Refusal.RECIPIENT_NOT_INSURED, () -> family.bind(sharer.getId(), TestPeople.idNumber(BEIJING),
                Kinship.CHILD, true, Actor.citizen(sharer.getId())));
        assertRefused(Refusal.RECIPIENT_INSURANCE_ENDED, () -> bind(sharer, ended, Kinship.PARENT));
        assertRefused(Refusal.KINSHIP_OUTSIDE_REGION_SCOPE, () -> bind(sharer, sibling, Kinship.SIBLING));
        assertRefused(Refusal.SAME_PERSON, () -> bind(sharer, sharer, Kinship.SPOUSE));
        assertRefused(Refusal.ALREADY_BOUND, () -> bind(sharer, bound, Kinship.CHILD));
        assertRefused(Refusal.RECIPIENT_WALLET_NOT_OPENED, () -> bind(sharer, noWallet, Kinship.PARENT));
        assertRefused(Refusal.RECIPIENT_CANNOT_INITIATE, () -> family.request(resident.getId(),
                beijingSharer.idNumber().value(), Kinship.PARENT, Actor.citizen(resident.getId())));

        assertThat(family.asSharer(sharer.getId())).hasSize(before);
        assertThat(family.asSharer(beijingSharer.getId())).isEmpty();
    }
}
