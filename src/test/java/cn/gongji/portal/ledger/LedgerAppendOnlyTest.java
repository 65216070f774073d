package cn.gongji.portal.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

@ServiceTest
class LedgerAppendOnlyTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    Books books;
    @Autowired
    TestPeople people;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * The code's side of D25: no repository method and no entity mapping can change an entry. The database's side,
     * a row that an UPDATE or DELETE really cannot change, is {@code shared.AppendOnlyAtTheDatabaseTest}.
     */
    @Test
    void theLedgerRepositoryOffersNoWayToChangeOrDeleteAnEntry_D25() {
        assertThat(Arrays.stream(LedgerEntryRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update")
                        || name.startsWith("remove"));
        assertThat(LedgerEntry.class.getAnnotation(org.hibernate.annotations.Immutable.class)).isNotNull();
    }

    @Test
    void everyCreditIsAnEntryAndTheBalanceIsTheirSum_D25_D28() {
        Person p = people.employee("110105", "0");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            ledger.credit(p.getId(), Money.of("0.10"), Actor.registry(), "r1");
            ledger.credit(p.getId(), Money.of("0.20"), Actor.registry(), "r2");
        });
        assertThat(ledger.balances(p.getId()).balance()).isEqualTo(Money.of("0.30"));
        assertThat(books.isConserved(p.getId())).isTrue();
        assertThat(ledger.history(p.getId(), java.time.Instant.EPOCH, java.time.Instant.now().plusSeconds(60),
                java.util.EnumSet.of(LedgerKind.ACCOUNT_CREDITED), org.springframework.data.domain.Pageable.ofSize(10))
                .getContent()).extracting(LedgerEntry::getAmount)
                .containsExactly(Money.of("0.20"), Money.of("0.10"));
    }
}
