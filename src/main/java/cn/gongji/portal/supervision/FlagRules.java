package cn.gongji.portal.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.RelationStarted;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.SharedMoneySpent;
import cn.gongji.portal.settlement.ImpersonationAttempted;
import cn.gongji.portal.shared.CounterActionTaken;

/**
 * The rules of D27, each run when the change it looks at happens, and the flags they raise.
 *
 * <p>Why plain listeners in the caller's transaction (not after commit, not a periodic scan): a flag is then written
 * atomically with the change that raised it — never lost, never raised for a change that was rolled back — and with
 * no second database connection per change. A rule never refuses anything (flags do not block): it only reads and
 * appends. The rules run inside every bind and every spend of shared money, so their look-ups are single indexed
 * queries in plain SQL. Two spends of one sharer (or two binds) at the same instant may both raise a flag for one
 * burst, which is harmless: the supervisor resolves both with one look.
 *
 * <p>Thresholds come from configuration ({@code portal.supervision.*}, see application.properties).
 */
@Component
class FlagRules {

    private static final Logger log = LoggerFactory.getLogger(FlagRules.class);

    private final FlagRepository flags;
    private final JdbcClient jdbc;
    private final People people;
    private final FamilyService family;
    private final LedgerService ledger;
    private final Clock clock;
    private final int minYearsPerGeneration;
    private final int manyRecipients;
    private final int burstCount;
    private final Duration burstWindow;
    private final int counterCount;
    private final Duration counterWindow;

    FlagRules(FlagRepository flags, JdbcClient jdbc, People people, FamilyService family, LedgerService ledger, Clock clock,
              @Value("${portal.supervision.kinship.min-years-per-generation:15}") int minYearsPerGeneration,
              @Value("${portal.supervision.many-recipients.threshold:5}") int manyRecipients,
              @Value("${portal.supervision.spending-burst.count:5}") int burstCount,
              @Value("${portal.supervision.spending-burst.window:PT1H}") Duration burstWindow,
              @Value("${portal.supervision.counter-activity.count:10}") int counterCount,
              @Value("${portal.supervision.counter-activity.window:PT1H}") Duration counterWindow) {
        this.flags = flags;
        this.jdbc = jdbc;
        this.people = people;
        this.family = family;
        this.ledger = ledger;
        this.clock = clock;
        this.minYearsPerGeneration = minYearsPerGeneration;
        this.manyRecipients = manyRecipients;
        this.burstCount = burstCount;
        this.burstWindow = burstWindow;
        this.counterCount = counterCount;
        this.counterWindow = counterWindow;
    }

    /** D27: a new live relation — does its kinship fit the birth dates, and how many recipients has the sharer now? */
    @EventListener
    void relationStarted(RelationStarted started) {
        Person sharer = people.find(started.sharerId()).orElseThrow();
        Person recipient = people.find(started.recipientId()).orElseThrow();
        LocalDate sharerBorn = sharer.idNumber().birthDate();
        LocalDate recipientBorn = recipient.idNumber().birthDate();
        if (contradictsBirthDates(started.kinship().generationsOlder(), sharerBorn, recipientBorn)) {
            raise(FlagRule.KINSHIP_AGE_MISMATCH, sharer.getId(), recipient.getId(), started.relationId(),
                    List.of(started.kinship().name(), sharerBorn.toString(), recipientBorn.toString()));
        }
        int live = family.liveAsSharer(sharer.getId()).size();
        if (live >= manyRecipients && !existsOpen(FlagRule.MANY_RECIPIENTS, sharer.getId())) {
            raise(FlagRule.MANY_RECIPIENTS, sharer.getId(), recipient.getId(), started.relationId(),
                    List.of(Integer.toString(live), Integer.toString(manyRecipients)));
        }
    }

    /**
     * D27: many payments of one sharer's money within the window; one open flag per sharer at a time. Runs in the
     * spending transaction, so it stays cheap: nothing to count while a flag is open, and never more than the
     * threshold counted.
     */
    @EventListener
    void sharedMoneySpent(SharedMoneySpent spent) {
        if (spent.wasRefund() || existsOpen(FlagRule.SPENDING_BURST, spent.sharerId())) {
            return;
        }
        long recent = ledger.sharedSpendsSince(spent.sharerId(), spent.occurredAt().minus(burstWindow), burstCount);
        if (recent >= burstCount) {
            raise(FlagRule.SPENDING_BURST, spent.sharerId(), spent.recipientId(), null,
                    List.of(Long.toString(recent), Long.toString(burstWindow.toMinutes())));
        }
    }

    /**
     * D27, D7: one agent binding or granting for citizens unusually often within the window; one open flag per agent
     * at a time. The flag is about the citizen of the action that crossed the threshold, and names the agent.
     */
    @EventListener
    void counterActionTaken(CounterActionTaken action) {
        if (!action.movesMoney() || existsOpenForAgent(action.agent())) {
            return;
        }
        long recent = jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM counter_action WHERE agent = ? AND acted_at >= ?
                          AND kind IN ('BIND', 'GRANT') ORDER BY acted_at DESC LIMIT ?) recent""")
                .params(action.agent(), LedgerService.utc(action.at().minus(counterWindow)), counterCount)
                .query(Long.class).single();
        if (recent >= counterCount) {
            raise(FlagRule.COUNTER_ACTIVITY, action.personId(), null, null,
                    List.of(action.agent(), Long.toString(recent), Long.toString(counterWindow.toMinutes())));
        }
    }

    /** D16, D27: every recorded impersonation attempt is worth a look; one open flag per patient at a time. */
    @EventListener
    void impersonationAttempted(ImpersonationAttempted attempt) {
        Long patient = personId(attempt.patientIdNumber());
        Long holder = personId(attempt.cardHolderIdNumber());
        if (patient != null && existsOpen(FlagRule.IMPERSONATION, patient)) {
            return;
        }
        raise(FlagRule.IMPERSONATION, patient, holder, null, List.of(attempt.institutionCode(),
                Masking.idNumber(attempt.patientIdNumber()), Masking.idNumber(attempt.cardHolderIdNumber())));
    }

    /**
     * Whether the recipient's age, {@code generationsOlder} generations from the sharer's, is impossible by the
     * birth dates: fewer than {@code min-years-per-generation} years apart per generation, in the declared direction.
     * A "parent" younger than the sharer is always caught. Spouse and sibling say nothing about age.
     */
    boolean contradictsBirthDates(Integer generationsOlder, LocalDate sharerBorn, LocalDate recipientBorn) {
        if (generationsOlder == null) {
            return false;
        }
        long recipientOlderByYears = ChronoUnit.YEARS.between(recipientBorn, sharerBorn);
        long expected = (long) generationsOlder * minYearsPerGeneration;
        return generationsOlder > 0 ? recipientOlderByYears < expected : recipientOlderByYears > expected;
    }

    private Long personId(String idNumber) {
        return IdNumber.isValid(idNumber)
                ? people.find(new IdNumber(idNumber)).map(Person::getId).orElse(null)
                : null;
    }

    /** Whether the person has an unresolved flag of this rule (one open flag per rule and person is enough). */
    private boolean existsOpen(FlagRule rule, long personId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM flag f WHERE f.person_id = ? AND f.flag_rule = ?
                          AND NOT EXISTS (SELECT 1 FROM flag_resolution r WHERE r.flag_id = f.id)""")
                .params(personId, rule.name()).query(Long.class).single() > 0;
    }

    /** Whether an unresolved counter-activity flag names this agent (its first fact). */
    private boolean existsOpenForAgent(String agent) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM flag f WHERE f.flag_rule = ? AND f.facts LIKE ? ESCAPE '!'
                          AND NOT EXISTS (SELECT 1 FROM flag_resolution r WHERE r.flag_id = f.id)""")
                .params(FlagRule.COUNTER_ACTIVITY.name(),
                        agent.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%")
                .query(Long.class).single() > 0;
    }

    private void raise(FlagRule rule, Long personId, Long otherPersonId, Long relationId, List<String> facts) {
        Flag flag = flags.save(new Flag(rule, Instant.now(clock), personId, otherPersonId, relationId, facts));
        log.info("Flag {} raised: {} about person {}", flag.getId(), rule, personId);
    }
}
