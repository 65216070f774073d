package cn.gongji.portal.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.Enrolments;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * What the registry reports: enrolments and their consequences (D5, D22), and money into personal accounts.
 */
@Service
class RegistryService {

    private final People people;
    private final Enrolments enrolments;
    private final FamilyService family;
    private final LedgerService ledger;
    private final RegionPolicies policies;
    private final PasswordEncoder passwords;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final Clock clock;

    RegistryService(People people, Enrolments enrolments, FamilyService family, LedgerService ledger,
                    RegionPolicies policies, PasswordEncoder passwords, EntityManager em,
                    PlatformTransactionManager transactions, Clock clock) {
        this.people = people;
        this.enrolments = enrolments;
        this.family = family;
        this.ledger = ledger;
        this.policies = policies;
        this.passwords = passwords;
        this.em = em;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** An enrolment's outcome: created or updated, and how many relations its changes dissolved (D22). */
    record Outcome(Person person, boolean created, int relationsDissolved) {
    }

    /**
     * Creates or updates a person's enrolment. Everything the change means — relations dissolved, quota
     * released, an account opened — happens in the same transaction as the change itself (D22).
     */
    Outcome putPerson(IdNumber idNumber, Enrolment enrolment) {
        RegionCode region = Fields.region(enrolment.regionCode(), policies);
        // BCrypt is slow on purpose; hash before the transaction so no lock is held meanwhile.
        String passwordHash = enrolment.password() == null ? null : passwords.encode(enrolment.password());
        try {
            return tx.execute(status -> upsert(idNumber, enrolment, region, passwordHash));
        } catch (DataIntegrityViolationException e) {
            // Two PUTs creating the same person at once: the unique ID number let one in; this one is an update.
            return tx.execute(status -> upsert(idNumber, enrolment, region, passwordHash));
        }
    }

    private Outcome upsert(IdNumber idNumber, Enrolment e, RegionCode region, String passwordHash) {
        Instant now = Instant.now(clock);
        Optional<Person> existing = people.find(idNumber);
        if (existing.isEmpty()) {
            Person person = enrolments.enrol(new Person(idNumber, e.name(), e.phone(), e.scheme(), e.status(),
                    region, now));
            if (passwordHash != null) {
                person.issuePassword(passwordHash);
            }
            if (person.hasPersonalAccount()) {
                ledger.openAccount(person.getId());
            }
            return new Outcome(person, true, 0);
        }
        Person person = existing.get();
        // Two reports about one person are applied one after the other, each against the state the other left.
        em.refresh(person, LockModeType.PESSIMISTIC_WRITE);
        Scheme oldScheme = person.getScheme();
        RegionCode oldRegion = person.region();
        person.updateEnrolment(e.name(), e.phone(), e.scheme(), e.status(), region, now);
        if (passwordHash != null) {
            person.issuePassword(passwordHash);
        }
        int dissolved = applyConsequences(person, oldScheme, oldRegion);
        if (person.hasPersonalAccount()) {
            // RESIDENT → EMPLOYEE: he has a personal account from now on (idempotent for an existing one).
            ledger.openAccount(person.getId());
        }
        return new Outcome(person, false, dissolved);
    }

    /**
     * D22: insurance ended, or moved to another pooling region — every open relation he is party to ends and its
     * unused quota goes back to the sharer (via the RelationEnded event, in this transaction). D5: leaving the
     * employee scheme ends his sharing, but he may still receive (a resident can be a recipient). An ended
     * insurance is checked first: it is the reason both sides are told.
     */
    private int applyConsequences(Person person, Scheme oldScheme, RegionCode oldRegion) {
        Actor registry = Actor.registry();
        if (person.getStatus() == EnrolmentStatus.TERMINATED) {
            return family.dissolveAllOf(person.getId(), EndReason.SHARER_INSURANCE_ENDED,
                    EndReason.RECIPIENT_INSURANCE_ENDED, registry);
        }
        if (!person.region().equals(oldRegion)) {
            return family.dissolveAllOf(person.getId(), EndReason.SHARER_REGION_TRANSFER,
                    EndReason.RECIPIENT_REGION_TRANSFER, registry);
        }
        if (oldScheme == Scheme.EMPLOYEE && person.getScheme() == Scheme.RESIDENT) {
            return family.dissolveAllOf(person.getId(), EndReason.SHARER_LEFT_EMPLOYEE_SCHEME, null, registry);
        }
        return 0;
    }

    /**
     * Money into an employee's personal account (划入). The registry may still credit an employee whose insurance
     * has ended (arrears of the last months); a resident has no personal account to credit.
     */
    @Transactional
    Money credit(IdNumber idNumber, Money amount, String requestId) {
        Person person = people.require(idNumber);
        if (!person.hasPersonalAccount()) {
            throw new RefusedException(Refusal.NOT_EMPLOYEE_INSURED,
                    "This person is insured as a resident and has no personal account to credit.");
        }
        return ledger.credit(person.getId(), amount, Actor.registry(), "registry request " + requestId);
    }
}
