package cn.gongji.portal.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Enrolments;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.registry.InstitutionKind;
import cn.gongji.portal.registry.InstitutionService;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.security.StaffAccount;
import cn.gongji.portal.security.StaffAccountRepository;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementReceipt;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.Quota;

/** Makes people for tests: valid, never-used ID numbers, enrolled as asked, with money where asked. */
@TestComponent
public class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

    private final People persons;
    private final Enrolments enrolments;
    private final LedgerService ledger;
    private final InstitutionService institutions;
    private final SettlementService settlements;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final StaffAccountRepository staff;
    private final PasswordEncoder passwords;

    public TestPeople(People persons, Enrolments enrolments, LedgerService ledger, InstitutionService institutions,
                      SettlementService settlements, PlatformTransactionManager transactions, Clock clock,
                      StaffAccountRepository staff, PasswordEncoder passwords) {
        this.persons = persons;
        this.enrolments = enrolments;
        this.ledger = ledger;
        this.institutions = institutions;
        this.settlements = settlements;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.staff = staff;
        this.passwords = passwords;
    }

    /** The password of every staff account made by {@link #colleague()}. */
    public static final String COLLEAGUE_PASSWORD = "Colleague-pass-1";

    /** A fresh agent account with {@link #COLLEAGUE_PASSWORD}, such as a second staff member who co-signs. */
    public String colleague() {
        String name = "chk-" + UUID.randomUUID().toString().substring(0, 8);
        staff.save(new StaffAccount(name, "复核员", StaffRole.AGENT, passwords.encode(COLLEAGUE_PASSWORD)));
        return name;
    }

    /**
     * Settles a bill as an institution's request would (D19: a fresh request id each time the command has one), the
     * institution registered as an ACTIVE hospital first if it is not known yet (D15).
     */
    public SettlementReceipt settle(SettleCommand command) {
        if (institutions.find(command.institutionCode()).isEmpty()) {
            InstitutionKind kind = command.kind() == SettlementKind.PHARMACY ? InstitutionKind.PHARMACY
                    : InstitutionKind.HOSPITAL;
            tx.executeWithoutResult(s -> institutions.register(command.institutionCode(), "测试医药机构", kind,
                    new RegionCode("410100"), InstitutionStatus.ACTIVE,
                    "test-key-" + command.institutionCode() + "-" + SEQUENCE.incrementAndGet()));
        }
        return settlements.settle(command, "institution:" + command.institutionCode(), "test").receipt();
    }

    /**
     * The quota's recipient settles a pharmacy bill of {@code amount} with shared money: returns what the quota's relation
     * paid of it — all of it while the quota holds enough (the recipient has no other money), never more than it
     * holds (顶格开支).
     */
    public Money spendFromQuota(Quota quota, String amount) {
        return spendFromQuota(quota, amount, SettlementKind.PHARMACY);
    }

    /** The same for a bill of the given kind (a pharmacy's or a hospital's, D13). */
    public Money spendFromQuota(Quota quota, String amount, SettlementKind kind) {
        Person recipient = persons.find(quota.getRecipientId()).orElseThrow();
        SettlementReceipt receipt = settle(new SettleCommand(kind == SettlementKind.PHARMACY ? "PH-QUOTA-TEST"
                : "HO-QUOTA-TEST", "R-" + UUID.randomUUID(), recipient.idNumber(), recipient.idNumber(), null, kind,
                Money.of(amount), Money.ZERO,
                true, List.of(), null));
        return receipt.shared().stream().filter(p -> p.relationId() == quota.getRelationId())
                .map(SettlementReceipt.SharedPart::amount).reduce(Money.ZERO, Money::plus);
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
            Person p = enrolments.enrol(new Person(IdNumber.parse(idNumber), name, "139" + idNumber.substring(10, 18)
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
            Person fresh = persons.find(p.getId()).orElseThrow();
            fresh.updateEnrolment(fresh.getName(), fresh.getPhone(), fresh.getScheme(), EnrolmentStatus.TERMINATED,
                    fresh.region(), Instant.now(clock));
        });
    }

    public Person reload(Person p) {
        return persons.find(p.getId()).orElseThrow();
    }
}
