package cn.gongji.portal.identity;

import static cn.gongji.portal.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

/** Issue 13: identity's read side — what the other features ask of persons, and that its answers stay managed. */
@ServiceTest
class PeopleTest {

    @Autowired
    People people;
    @Autowired
    TestPeople testPeople;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anUnknownPersonIsRefusedWherePresenceIsRequired() {
        assertRefused(Refusal.PERSON_NOT_FOUND, () -> people.require(Long.MAX_VALUE));
        assertRefused(Refusal.PERSON_NOT_FOUND, () -> people.require(new IdNumber(TestPeople.idNumber("110105"))));
        assertThat(people.find(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void othersAreNamedMasked_D2() {
        Person one = testPeople.employee("110105", "0.00");
        Person two = testPeople.resident("410102");

        assertThat(people.maskedNames(List.of(one.getId(), two.getId(), Long.MAX_VALUE)))
                .containsOnlyKeys(one.getId(), two.getId())
                .containsEntry(one.getId(), "测**工")
                .containsEntry(two.getId(), "测**民");
        assertThat(people.maskedName(one.getId())).isEqualTo("测**工");
        assertThat(people.maskedName(Long.MAX_VALUE)).isEqualTo(Masking.name(null));
        assertThat(people.maskedIdNumber(two.getId())).isEqualTo(two.idNumber().masked()).contains("*");
        assertThat(people.maskedIdNumber(Long.MAX_VALUE)).isEqualTo(Masking.idNumber(null));
    }

    @Test
    void aPersonFoundInTheCallersTransactionStaysManaged() {
        Person person = testPeople.resident("410102");
        Person closed = testPeople.person(TestPeople.idNumber("410102"), "测试居民", Scheme.RESIDENT, "410102", null,
                false);
        Instant opened = Instant.parse("2026-01-02T03:04:05Z");

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                people.require(closed.getId()).openWallet(opened));

        assertThat(people.find(closed.getId()).orElseThrow().getWalletOpenedAt()).isEqualTo(opened);
        assertThat(people.find(person.idNumber()).orElseThrow().getId()).isEqualTo(person.getId());
    }
}
