package cn.gongji.portal.demo;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Enrolments;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.WalletService;

/**
 * The demo cast of the README. Loaded once: if the first demo person exists, nothing happens. Everything goes
 * through the same services as real use, so the ledger explains every demo balance too.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The password of every demo citizen. */
    static final String CITIZEN_PASSWORD = "Demo@2026";

    static final String ZHANG_JIANGUO = "11010519780512011X";
    static final String LI_XIUYING = "110108198003080228";
    static final String ZHANG_DEMING = "410102195009150134";
    static final String LI_DEFU = "110108195211020154";
    static final String ZHANG_JIANHUA = "110105198207200173";
    static final String ZHANG_LEI = "310104200001180198";
    static final String CHEN_ZHIQIANG = "350102197504040314";
    static final String LIN_XIUZHEN = "350103194806300428";
    static final String ZHAO_GUOQING = "110101196001010513";
    static final String ZHOU_SHULAN = "120103194602140626";
    static final String ZHOU_XIAOYU = "130102201208080731";
    static final String ZHANG_JIANYING = "110102197609230240";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final People people;
    private final Enrolments enrolments;
    private final LedgerService ledger;
    private final FamilyService family;
    private final WalletService wallet;
    private final PasswordEncoder passwords;
    private final DemoStaffAndInstitutions others;
    private final Clock clock;

    DemoData(People people, Enrolments enrolments, LedgerService ledger, FamilyService family, WalletService wallet,
             PasswordEncoder passwords, DemoStaffAndInstitutions others, Clock clock) {
        this.people = people;
        this.enrolments = enrolments;
        this.ledger = ledger;
        this.family = family;
        this.wallet = wallet;
        this.passwords = passwords;
        this.others = others;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.find(new IdNumber(ZHANG_JIANGUO)).isPresent()) {
            return;
        }
        String hash = passwords.encode(CITIZEN_PASSWORD);
        // A Beijing employee sharer, his employee-insured wife, his son working in Shanghai (employee-insured).
        Person jianguo = person(ZHANG_JIANGUO, "张建国", "13800000001", Scheme.EMPLOYEE, "110105", "5000.00", false, hash);
        Person xiuying = person(LI_XIUYING, "李秀英", "13800000002", Scheme.EMPLOYEE, "110108", "2600.00", false, hash);
        person(ZHANG_LEI, "张磊", "13800000006", Scheme.EMPLOYEE, "310104", "1200.00", true, hash);
        // His father, resident-insured in Henan (cross-province), wallet open, not yet bound.
        person(ZHANG_DEMING, "张德明", "13800000003", Scheme.RESIDENT, "410102", null, true, hash);
        // His wife's father, bound by the wife as her parent: his own attempt shows the D3 refusal.
        person(LI_DEFU, "李德福", "13800000004", Scheme.RESIDENT, "110108", null, false, hash);
        // His brother in Beijing, a 2021-scope region: a sibling cannot be bound in the same province (D4).
        person(ZHANG_JIANHUA, "张建华", "13800000005", Scheme.RESIDENT, "110105", null, false, hash);
        // A Fujian employee and his resident-insured mother, who may request a relation (D8).
        person(CHEN_ZHIQIANG, "陈志强", "13900000001", Scheme.EMPLOYEE, "350102", "3000.00", false, hash);
        person(LIN_XIUZHEN, "林秀珍", "13900000002", Scheme.RESIDENT, "350103", null, false, hash);
        // A person whose insurance ended.
        Person guoqing = person(ZHAO_GUOQING, "赵国庆", "13700000001", Scheme.EMPLOYEE, "110101", "800.00", false, hash);
        guoqing.updateEnrolment(guoqing.getName(), guoqing.getPhone(), Scheme.EMPLOYEE, EnrolmentStatus.TERMINATED,
                guoqing.region(), Instant.now(clock));
        // A retired employee in Tianjin, wallet not open, and her grandson (son's child) at school in Hebei, whose
        // wallet is open: the service-hall journey binds him across provinces and grants him a quota (D10), which a
        // same-province relation would not take (D9).
        person(ZHOU_SHULAN, "周淑兰", "13600000001", Scheme.EMPLOYEE, "120103", "6000.00", false, hash);
        person(ZHOU_XIAOYU, "周小宇", "13600000002", Scheme.RESIDENT, "130102", null, true, hash);
        // His sister, a Beijing employee who has not opened her wallet yet: she binds their father across provinces,
        // opens her wallet on the relation's page and grants a quota (the browser journey of issue 4). 张建国's own
        // wallet is open because of his son's quota, so he cannot show the wallet's opening.
        person(ZHANG_JIANYING, "张建英", "13800000007", Scheme.EMPLOYEE, "110102", "4000.00", false, hash);

        family.bind(jianguo.getId(), LI_XIUYING, Kinship.SPOUSE, true, Actor.citizen(jianguo.getId()));
        family.bind(xiuying.getId(), LI_DEFU, Kinship.PARENT, true, Actor.citizen(xiuying.getId()));
        wallet.openWallet(jianguo.getId(), Actor.citizen(jianguo.getId()));
        Relation toSon = family.bind(jianguo.getId(), ZHANG_LEI, Kinship.CHILD, true, Actor.citizen(jianguo.getId()));
        wallet.grantQuota(jianguo.getId(), toSon.getId(), Money.of("300.00"), null, Actor.citizen(jianguo.getId()));
        others.load();
        log.info("Demo data loaded: {} people, see README for their ID numbers and passwords", people.count());
    }

    private Person person(String id, String name, String phone, Scheme scheme, String region, String balance,
                          boolean walletOpen, String passwordHash) {
        Person p = new Person(new IdNumber(id), name, phone, scheme, EnrolmentStatus.ACTIVE, new RegionCode(region),
                Instant.now(clock));
        p.setPasswordHash(passwordHash);
        if (walletOpen) {
            p.openWallet(Instant.now(clock));
        }
        p = enrolments.enrol(p);
        if (scheme == Scheme.EMPLOYEE) {
            ledger.openAccount(p.getId());
            if (balance != null) {
                ledger.credit(p.getId(), Money.of(balance), Actor.registry(), "demo");
            }
        }
        return p;
    }
}
