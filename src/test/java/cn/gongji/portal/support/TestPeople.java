package cn.gongji.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;

/** Makes people for tests: valid, never-used ID numbers, enrolled as asked, with money where asked. */
@TestComponent
public class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private final PersonRepository persons;
    private final LedgerService ledger;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TestPeople(PersonRepository persons, LedgerService ledger, PlatformTransactionManager transactions,
                      Clock clock) {
        this.persons = persons;
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A fresh valid ID number born on {@code birth}, in the region's area code. */
    public static String idNumber(String region, LocalDate birth) {
        String sequence = "%03d".formatted(Math.floorMod(SEQUENCE.incrementAndGet()
                + ThreadLocalRandom.current().nextInt(1_000_000) * 1000, 1000));
        String first17 = region + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + sequence;
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A fresh valid ID number with a random birth date between 1940 and 2005. */
    public static String idNumber(String region) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return idNumber(region, LocalDate.of(1940 + r.nextInt(66), 1 + r.nextInt(12), 1 + r.nextInt(28)));
    }

    public Person employee(String region, String balance) {
        return person(idNumber(region), "测试职工", Scheme.EMPLOYEE, region, balance, true);
    }

    public Person resident(String region) {
        return person(idNumber(region), "测试居民", Scheme.RESIDENT, region, null, true);
    }

    public Person person(String idNumber, String name, Scheme scheme, String region, String balance,
                         boolean walletOpen) {
        return tx.execute(status -> {
            Person p = persons.save(new Person(IdNumber.parse(idNumber), name, "139" + idNumber.substring(10, 18)
                    .replace('X', '0'), scheme, EnrolmentStatus.ACTIVE, new RegionCode(region), Instant.now(clock)));
            if (walletOpen) {
                p.openWallet(Instant.now(clock));
            }
            if (scheme == Scheme.EMPLOYEE) {
                ledger.openAccount(p.getId());
                if (balance != null && Money.of(balance).isPositive()) {
                    ledger.credit(p.getId(), Money.of(balance), Actor.registry(), "test");
                }
            }
            return p;
        });
    }

    /** Marks a person's insurance as ended, without the registry's dissolution (for rule tests of D5). */
    public void terminate(Person p) {
        tx.executeWithoutResult(status -> {
            Person fresh = persons.findById(p.getId()).orElseThrow();
            fresh.updateEnrolment(fresh.getName(), fresh.getPhone(), fresh.getScheme(), EnrolmentStatus.TERMINATED,
                    fresh.region(), Instant.now(clock));
        });
    }

    public Person reload(Person p) {
        return persons.findById(p.getId()).orElseThrow();
    }
}
