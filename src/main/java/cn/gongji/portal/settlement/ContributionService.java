package cn.gongji.portal.settlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/**
 * D14: a recipient pays his own resident-insurance or long-term-care contribution from shared money — in full or
 * not at all. The money is taken in the order of D17/P1 ({@link SharedMoneyOrder}); each part is a ledger entry on
 * the sharer's account with the contribution's use kind (D25), and each sharer is told (D24's fields only).
 *
 * <p>Why two transactions: the plan is read in its own read-only transaction, so that the paying transaction
 * loads every quota and account row for the first time <em>under its lock</em> (quotas ascending id, then
 * accounts ascending person id — the portal-wide order of SettlementService). Reading them first and locking
 * later would hand back the state read before the lock, and a spend committed in between would be lost. Under
 * the locks the whole amount is checked before anything is written, so a refusal changes nothing.
 */
@Service
public class ContributionService {

    private final PersonRepository persons;
    private final SharedMoneyOrder order;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final NotificationService notifications;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate paying;

    ContributionService(PersonRepository persons, SharedMoneyOrder order, WalletService wallet, LedgerService ledger,
                        NotificationService notifications, PlatformTransactionManager transactions) {
        this.persons = persons;
        this.order = order;
        this.wallet = wallet;
        this.ledger = ledger;
        this.notifications = notifications;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.paying = new TransactionTemplate(transactions);
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
        List<SharedMoneyOrder.Source> plan = readOnly.execute(status -> {
            Person recipient = persons.findById(recipientId)
                    .orElseThrow(() -> new RefusedException(Refusal.PERSON_NOT_FOUND));
            if (!recipient.isActive()) {
                throw new RefusedException(Refusal.RECIPIENT_INSURANCE_ENDED);
            }
            return order.sourcesOf(recipientId);
        });
        return paying.execute(status -> payUnderLocks(recipientId, scheme, amount, plan, actor));
    }

    private ContributionReceipt payUnderLocks(long recipientId, ContributionScheme scheme, Money amount,
                                              List<SharedMoneyOrder.Source> plan, Actor actor) {
        wallet.lockQuotas(plan.stream().filter(SharedMoneyOrder.Source::isQuota)
                .map(SharedMoneyOrder.Source::quotaId).toList());
        ledger.lockAccounts(plan.stream().map(SharedMoneyOrder.Source::sharerId).toList());

        // Under the locks: what each planned source still holds (a quota may have been spent, revoked, released
        // or have expired since the plan was read; an account may have less available).
        Set<Long> plannedQuotas = plan.stream().filter(SharedMoneyOrder.Source::isQuota)
                .map(SharedMoneyOrder.Source::quotaId).collect(Collectors.toSet());
        Money usable = wallet.spendableQuotas(recipientId).stream()
                .filter(q -> plannedQuotas.contains(q.getId()))
                .map(Quota::unused).reduce(Money.ZERO, Money::plus);
        for (SharedMoneyOrder.Source source : plan) {
            if (!source.isQuota()) {
                usable = usable.plus(ledger.balances(source.sharerId()).available());
            }
        }
        if (!usable.covers(amount)) {
            // D14: in full only — nothing has been written yet.
            throw new RefusedException(Refusal.INSUFFICIENT_SHARED_FUNDS,
                    "Shared money available " + usable + " cannot pay " + amount + " in full");
        }

        String contributionId = UUID.randomUUID().toString();
        // One part per relation, in the order first used (a relation may have several quotas).
        Map<Long, ContributionReceipt.Part> parts = new LinkedHashMap<>();
        Money remaining = amount;
        for (SharedMoneyOrder.Source source : plan) {
            if (remaining.isZero()) {
                break;
            }
            Money taken = source.isQuota()
                    ? wallet.spendFromQuota(source.quotaId(), remaining, contributionId, scheme.useKind(), actor)
                    : spendFromAccount(source, recipientId, remaining, contributionId, scheme, actor);
            if (taken.isPositive()) {
                parts.merge(source.relationId(),
                        new ContributionReceipt.Part(source.relationId(), source.sharerId(), taken),
                        (a, b) -> new ContributionReceipt.Part(a.relationId(), a.sharerId(), a.amount().plus(b.amount())));
                remaining = remaining.minus(taken);
            }
        }
        if (!remaining.isZero()) {
            // Cannot happen under the locks; if it did, the exception rolls every part back (still in full only).
            throw new IllegalStateException("Contribution " + contributionId + " left " + remaining + " unpaid");
        }
        return new ContributionReceipt(contributionId, scheme, amount, List.copyOf(parts.values()));
    }

    /** D9: a same-province sharer's account pays from what is available, never from money reserved for quotas. */
    private Money spendFromAccount(SharedMoneyOrder.Source source, long recipientId, Money max, String contributionId,
                                   ContributionScheme scheme, Actor actor) {
        Money taken = ledger.spendAvailableUpTo(source.sharerId(), max, LedgerKind.SHARED_ACCOUNT_SPENT,
                Parties.relation(source.sharerId(), recipientId, source.relationId()), contributionId,
                scheme.useKind(), actor);
        if (taken.isPositive()) {
            notifications.sharedMoneyUsed(source.sharerId(), recipientId, source.relationId(), taken,
                    scheme.useKind(), false);
        }
        return taken;
    }
}
