package cn.gongji.portal.settlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.ConflictRetry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * D14: a recipient pays his own resident-insurance or long-term-care contribution from shared money — in full or
 * not at all. The money is taken in the order of D17/P1 ({@link SharedMoneyOrder}); each part is a ledger entry on
 * the sharer's account with the contribution's use kind (D25), and each sharer is told (D24's fields only, through
 * the ledger's event).
 *
 * <p>Like a settlement, it plans on what it reads and takes each part with one conditional UPDATE; if a part no
 * longer holds what the plan counted on, the attempt is rolled back and {@link ConflictRetry} runs it again, with the
 * rows locked before the plan. The whole amount is checked before anything is written, so a refusal changes nothing.
 */
@Service
public class ContributionService {

    private final People people;
    private final SharedMoneyOrder order;
    private final LedgerService ledger;
    private final ConflictRetry retry;
    private final java.time.Clock clock;

    ContributionService(People people, SharedMoneyOrder order, LedgerService ledger, ConflictRetry retry,
                        java.time.Clock clock) {
        this.people = people;
        this.order = order;
        this.ledger = ledger;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Pays {@code amount} of the recipient's own contribution to {@code scheme} from shared money.
     *
     * @throws RefusedException INSUFFICIENT_SHARED_FUNDS when the shared money available cannot pay all of it
     *                          (nothing is paid); RECIPIENT_INSURANCE_ENDED when his insurance has ended
     */
    public ContributionReceipt pay(long recipientId, ContributionScheme scheme, Money amount, Actor actor) {
        if (!amount.isPositive() || amount.compareTo(Money.MAX_ENTERED) > 0) {
            throw new RefusedException(Refusal.INVALID_AMOUNT);
        }
        return retry.inTransaction(attempt -> payOnce(recipientId, scheme, amount, actor, attempt > 1));
    }

    private ContributionReceipt payOnce(long recipientId, ContributionScheme scheme, Money amount, Actor actor,
                                        boolean lockFirst) {
        Person recipient = people.require(recipientId);
        if (!recipient.isActive()) {
            throw new RefusedException(Refusal.RECIPIENT_INSURANCE_ENDED);
        }
        List<SharedMoneyOrder.Source> sources = order.sourcesOf(recipientId);
        if (lockFirst) {
            Map<Long, Money> unused = ledger.lockUnused(sources.stream().filter(SharedMoneyOrder.Source::isQuota)
                    .map(SharedMoneyOrder.Source::quotaId).toList());
            Map<Long, Money> available = ledger.lockAvailable(sources.stream().filter(s -> !s.isQuota())
                    .map(SharedMoneyOrder.Source::sharerId).toList());
            sources = sources.stream().map(s -> s.holding(s.isQuota()
                    ? unused.getOrDefault(s.quotaId(), Money.ZERO)
                    : available.getOrDefault(s.sharerId(), Money.ZERO))).toList();
        }
        Money usable = sources.stream().map(SharedMoneyOrder.Source::holds).reduce(Money.ZERO, Money::plus);
        if (!usable.covers(amount)) {
            // D14: in full only — nothing has been written yet.
            throw new RefusedException(Refusal.INSUFFICIENT_SHARED_FUNDS,
                    "Shared money available " + usable + " cannot pay " + amount + " in full");
        }

        String contributionId = UUID.randomUUID().toString();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        // One part per relation, in the order first used (a relation may have several quotas).
        Map<Long, ContributionReceipt.Part> parts = new LinkedHashMap<>();
        Money remaining = amount;
        for (SharedMoneyOrder.Source source : sources) {
            if (remaining.isZero()) {
                break;
            }
            Money taken = source.holds().min(remaining);
            if (taken.isZero()) {
                continue;
            }
            Parties parties = new Parties(source.sharerId(), recipientId, source.relationId(), source.quotaId());
            boolean took = source.isQuota()
                    ? ledger.spendFromQuota(taken, today, parties, contributionId, scheme.useKind(), actor)
                    // D9: a same-province sharer's account pays from what is available, never from reserved money.
                    : ledger.spendAvailable(source.sharerId(), taken, LedgerKind.SHARED_ACCOUNT_SPENT, parties,
                            contributionId, scheme.useKind(), actor);
            if (!took) {
                throw new ConflictRetry.StalePlan("a source of contribution " + contributionId + " holds less now");
            }
            parts.merge(source.relationId(),
                    new ContributionReceipt.Part(source.relationId(), source.sharerId(), taken),
                    (a, b) -> new ContributionReceipt.Part(a.relationId(), a.sharerId(), a.amount().plus(b.amount())));
            remaining = remaining.minus(taken);
        }
        return new ContributionReceipt(contributionId, scheme, amount, List.copyOf(parts.values()));
    }
}
