package cn.gongji.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.support.Books;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;

@ServiceTest
class ContextSmokeTest {

    @Autowired
    TestPeople people;
    @Autowired
    Books books;
    @Autowired
    LedgerService ledger;

    @Test
    void migrationsRunAndAnAccountHoldsItsCredit_D25() {
        Person p = people.employee("110105", "1000.00");
        assertThat(ledger.balances(p.getId()).balance()).isEqualTo(Money.of("1000.00"));
        assertThat(books.isConserved(p.getId())).isTrue();
    }
}
