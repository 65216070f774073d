package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * The only writer of personal accounts and of the ledger (D25). Every method that moves money locks the
 * account row ({@code SELECT … FOR UPDATE}), checks the rule against the locked state, changes the row and
 * appends the entry that explains the change — all in the caller's transaction, so both commit or neither.
 *
 * <p>Why a pessimistic lock rather than a conditional UPDATE: several steps (take "up to" an amount, then write
 * the entry with the amount actually taken) need the current state; the lock makes read-decide-write atomic
 * on H2 and MySQL alike. Lock order across the portal is: quota rows first, then account rows, which keeps
 * grants, revokes and spends free of deadlocks between them.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LedgerService {

    private final EntityManager em;
    private final AccountRepository accounts;
    private final LedgerEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerService(EntityManager em, AccountRepository accounts, LedgerEntryRepository entries,
                  ApplicationEventPublisher events, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the personal account of an employee-insured person (idempotent). */
    public void openAccount(long personId) {
        if (accounts.findById(personId).isEmpty()) {
            accounts.save(new Account(personId));
        }
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public boolean hasAccount(long personId) {
        return accounts.findById(personId).isPresent();
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Balances balances(long personId) {
        return accounts.findById(personId)
                .map(a -> new Balances(a.balance(), a.reserved(), a.available()))
                .orElse(Balances.NONE);
    }

    /**
     * Locks several accounts in the portal-wide order (ascending person id), before an operation that changes
     * more than one — so two settlements touching the same accounts cannot deadlock.
     */
    public void lockAccounts(Collection<Long> personIds) {
        personIds.stream().distinct().sorted()
                .forEach(id -> em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Money into a personal account (划入). Returns the new balance. */
    public Money credit(long personId, Money amount, Actor actor, String reason) {
        Account account = lock(personId);
        append(account, LedgerKind.ACCOUNT_CREDITED, amount.amount(), BigDecimal.ZERO, amount, Parties.NONE, null,
                null, actor, reason);
        return account.balance();
    }

    /** D10/D11: reserves a granted quota out of what is available; refuses a grant larger than available. */
    public void reserve(long sharerId, Money amount, Parties parties, Actor actor, String reason) {
        Account account = lock(sharerId);
        if (!account.available().covers(amount)) {
            throw new RefusedException(Refusal.QUOTA_EXCEEDS_AVAILABLE,
                    "Available " + account.available() + " is less than " + amount);
        }
        append(account, LedgerKind.QUOTA_GRANTED, BigDecimal.ZERO, amount.amount(), amount, parties, null, null,
                actor, reason);
    }

    /** Unused quota back to available: revoked (D10), released on dissolution (D21/D22) or expired (P2). */
    public void unreserve(long sharerId, Money amount, LedgerKind kind, Parties parties, Actor actor, String reason) {
        requireKind(kind, LedgerKind.QUOTA_REVOKED, LedgerKind.QUOTA_RELEASED, LedgerKind.QUOTA_EXPIRED);
        Account account = lock(sharerId);
        append(account, kind, BigDecimal.ZERO, amount.negated(), amount, parties, null, null, actor, reason);
    }

    /** A recipient spends reserved quota: the sharer's balance and reserved amount both fall (D10). */
    public void spendReserved(long sharerId, Money amount, Parties parties, String settlementId, UseKind useKind,
                              Actor actor) {
        Account account = lock(sharerId);
        append(account, LedgerKind.QUOTA_SPENT, amount.negated(), amount.negated(), amount, parties, settlementId,
                useKind, actor, null);
    }

    /**
     * Spends up to {@code max} of what is available in a personal account — the patient's own account or a
     * same-province sharer's (D9: never money reserved for quotas). Returns what was actually taken.
     */
    public Money spendAvailableUpTo(long personId, Money max, LedgerKind kind, Parties parties, String settlementId,
                                    UseKind useKind, Actor actor) {
        requireKind(kind, LedgerKind.OWN_ACCOUNT_SPENT, LedgerKind.SHARED_ACCOUNT_SPENT);
        Account account = em.find(Account.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            return Money.ZERO;
        }
        Money taken = account.available().min(max);
        if (taken.isPositive()) {
            append(account, kind, taken.negated(), BigDecimal.ZERO, taken, parties, settlementId, useKind, actor,
                    null);
        }
        return taken;
    }

    /**
     * Money back into a personal account (D20): to the balance, and also to the reserved part when it returns
     * to a live quota.
     */
    public void refund(long personId, Money amount, LedgerKind kind, boolean backIntoQuota, Parties parties,
                       String settlementId, UseKind useKind, Actor actor) {
        requireKind(kind, LedgerKind.OWN_ACCOUNT_REFUNDED, LedgerKind.QUOTA_REFUNDED,
                LedgerKind.SHARED_ACCOUNT_REFUNDED);
        Account account = lock(personId);
        append(account, kind, amount.amount(), backIntoQuota ? amount.amount() : BigDecimal.ZERO, amount, parties,
                settlementId, useKind, actor, null);
    }

    /** An entry that moves no money: a relation requested, bound, confirmed, declined or dissolved; a wallet opened. */
    public LedgerEntry record(LedgerKind kind, Parties parties, Actor actor, String reason) {
        if (kind.movesMoney()) {
            throw new IllegalArgumentException(kind + " moves money");
        }
        return entries.save(new LedgerEntry(Instant.now(clock), kind, null, BigDecimal.ZERO, BigDecimal.ZERO, null,
                parties, null, null, actor, reason));
    }

    /**
     * D27: how many times a sharer's money was spent for his recipients (from quotas or from his account) since a
     * moment. Supervision uses it to notice a burst of spending.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long sharedSpendsSince(long sharerId, Instant since) {
        return entries.countByAccountIdAndKindInAndOccurredAtGreaterThanEqual(sharerId,
                java.util.EnumSet.of(LedgerKind.QUOTA_SPENT, LedgerKind.SHARED_ACCOUNT_SPENT), since);
    }

    /** P6: a relation's events, oldest first. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<LedgerEntry> timeline(long relationId) {
        return entries.findByRelationIdOrderByIdAsc(relationId);
    }

    /** A person's ledger, newest first: his own account's entries and those of relations he is party to. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Page<LedgerEntry> history(long personId, Instant from, Instant to, Collection<LedgerKind> kinds,
                                     Pageable page) {
        return entries.history(personId, from, to, kinds, page);
    }

    /** D25: the account's stored balance and reserved amount equal the sums of its ledger entries. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public boolean isConserved(long personId) {
        Balances b = balances(personId);
        return b.balance().amount().compareTo(entries.sumBalanceDelta(personId)) == 0
                && b.reserved().amount().compareTo(entries.sumReservedDelta(personId)) == 0;
    }

    private Account lock(long personId) {
        Account account = em.find(Account.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new RefusedException(Refusal.NOT_EMPLOYEE_INSURED);
        }
        return account;
    }

    private void append(Account account, LedgerKind kind, BigDecimal balanceDelta, BigDecimal reservedDelta,
                        Money amount, Parties parties, String settlementId, UseKind useKind, Actor actor,
                        String reason) {
        account.add(balanceDelta, reservedDelta);
        LedgerEntry entry = entries.save(new LedgerEntry(Instant.now(clock), kind, account.personId(), balanceDelta,
                reservedDelta, amount, parties, settlementId, useKind, actor, reason));
        if (kind == LedgerKind.QUOTA_SPENT || kind == LedgerKind.SHARED_ACCOUNT_SPENT) {
            // Every spending path (wallet, settlement) ends here, so supervision hears of all of them (D27).
            events.publishEvent(new SharedMoneySpent(account.personId(), parties.recipientId(), entry.getOccurredAt()));
        }
    }

    private static void requireKind(LedgerKind kind, LedgerKind... allowed) {
        for (LedgerKind k : allowed) {
            if (k == kind) {
                return;
            }
        }
        throw new IllegalArgumentException("Unexpected ledger kind " + kind);
    }
}
