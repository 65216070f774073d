package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * The only writer of money and of the ledger (D25): a personal account's free part ({@code account.available}), a
 * quota's spent and given-back parts ({@code quota.used}, {@code quota.returned}), and the append-only entry that
 * explains each change, always in the caller's transaction, so that both commit or neither does.
 *
 * <p>Where the money is: what is free in the account row, what is reserved in the quota rows. A spend from a quota
 * therefore changes only that quota and the ledger, never a row that all of the sharer's recipients share. The
 * rest is derived (D11, D25): {@code reserved = Σ unused of the sharer's quotas}, {@code balance = available +
 * reserved}; the ledger's deltas sum to both.
 *
 * <p>Every change is one conditional UPDATE ({@code … WHERE available >= ?}, {@code … WHERE amount − used −
 * returned >= ?}): it either finds the money and takes it in the same statement, or changes nothing and reports
 * that. Nothing is read first and locked; the row lock the UPDATE takes is held to the commit. A caller that planned
 * on what it read earlier learns from {@code false} that its plan went stale, and {@link ConflictRetry} runs it again,
 * then with the rows locked up front ({@link #lockUnused}, {@link #lockAvailable}: quota rows first, then accounts,
 * ascending ids, the portal-wide order).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class LedgerService {

    private static final String INSERT_ENTRY = """
            INSERT INTO ledger_entry (occurred_at, kind, account_id, balance_delta, reserved_delta, amount, sharer_id,
                recipient_id, relation_id, quota_id, settlement_id, use_kind, actor, channel, agent, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final LedgerEntryRepository entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LedgerService(JdbcClient jdbc, LedgerEntryRepository entries, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the personal account of an employee-insured person (idempotent). */
    public void openAccount(long personId) {
        if (!hasAccount(personId)) {
            jdbc.sql("INSERT INTO account (person_id, available) VALUES (?, 0)").param(personId).update();
        }
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public boolean hasAccount(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM account WHERE person_id = ?").param(personId).query(Long.class)
                .single() > 0;
    }

    /** D11, D25: the account's balance, its part reserved for quotas, and what is available; NONE without one. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Balances balances(long personId) {
        return jdbc.sql("""
                        SELECT a.available, (SELECT COALESCE(SUM(q.amount - q.used - q.returned), 0) FROM quota q
                                             WHERE q.sharer_id = a.person_id) AS reserved
                        FROM account a WHERE a.person_id = ?""")
                .param(personId)
                .query((rs, n) -> {
                    Money available = new Money(rs.getBigDecimal(1));
                    Money reserved = new Money(rs.getBigDecimal(2));
                    return Balances.of(available, reserved);
                })
                .optional().orElse(Balances.NONE);
    }

    /**
     * Locks quota rows in the portal-wide order (ascending id) and returns what each has unused — for work that
     * must decide on the current state before it changes anything (a revoke, a retried settlement).
     */
    public Map<Long, Money> lockUnused(Collection<Long> quotaIds) {
        return lockEach("SELECT amount - used - returned FROM quota WHERE id = ? FOR UPDATE", quotaIds);
    }

    /** Locks account rows (ascending person id, after any quota rows) and returns what each has available. */
    public Map<Long, Money> lockAvailable(Collection<Long> personIds) {
        return lockEach("SELECT available FROM account WHERE person_id = ? FOR UPDATE", personIds);
    }

    /** Runs a locking read of one money column per id, in ascending id order; ids without a row are left out. */
    private Map<Long, Money> lockEach(String lockingRead, Collection<Long> ids) {
        Map<Long, Money> found = new LinkedHashMap<>();
        ids.stream().distinct().sorted().forEach(id -> jdbc.sql(lockingRead).param(id).query(BigDecimal.class)
                .optional().ifPresent(amount -> found.put(id, new Money(amount))));
        return found;
    }

    /** Money into a personal account (划入). Returns the new balance. */
    public Money credit(long personId, Money amount, Actor actor, String reason) {
        if (addAvailable(personId, amount.amount()) == 0) {
            throw new RefusedException(Refusal.NOT_EMPLOYEE_INSURED);
        }
        append(LedgerKind.ACCOUNT_CREDITED, personId, amount.amount(), BigDecimal.ZERO, amount, Parties.NONE, null,
                null, actor, reason);
        return balances(personId).balance();
    }

    /**
     * D10/D11: reserves a granted quota ({@code parties.quotaId()}, just created with nothing used) out of what is
     * available; refuses a grant larger than available.
     */
    public void reserve(long sharerId, Money amount, Parties parties, Actor actor, String reason) {
        if (!takeAvailable(sharerId, amount)) {
            Money available = lockAvailable(List.of(sharerId)).get(sharerId);
            if (available == null) {
                throw new RefusedException(Refusal.NOT_EMPLOYEE_INSURED);
            }
            throw new RefusedException(Refusal.QUOTA_EXCEEDS_AVAILABLE,
                    "Available " + available + " is less than " + amount);
        }
        append(LedgerKind.QUOTA_GRANTED, sharerId, BigDecimal.ZERO, amount.amount(), amount, parties, null, null,
                actor, reason);
    }

    /**
     * Unused quota back to available: revoked (D10), released on dissolution (D21/D22) or expired (P2). The caller
     * holds the quota's lock and knows it has this much unused.
     */
    public void unreserve(long sharerId, Money amount, LedgerKind kind, Parties parties, Actor actor, String reason) {
        requireKind(kind, LedgerKind.QUOTA_REVOKED, LedgerKind.QUOTA_RELEASED, LedgerKind.QUOTA_EXPIRED);
        int changed = jdbc.sql("""
                        UPDATE quota SET returned = returned + ? WHERE id = ? AND amount - used - returned >= ?""")
                .params(amount.amount(), parties.quotaId(), amount.amount()).update();
        if (changed == 0) {
            throw new ConflictRetry.StalePlan("quota " + parties.quotaId() + " has less than " + amount + " unused");
        }
        addAvailable(sharerId, amount.amount());
        append(kind, sharerId, BigDecimal.ZERO, amount.negated(), amount, parties, null, null, actor, reason);
    }

    /**
     * A recipient spends {@code amount} of a quota (D10) — only if that much is unused and the quota has not passed
     * its end date (P2) — and the sharer's balance and reserved part fall together. Changes the quota row and the
     * ledger only. Returns false if the quota no longer has that much to spend: the caller must then roll back.
     */
    public boolean spendFromQuota(Money amount, LocalDate today, Parties parties, String settlementId,
                                  UseKind useKind, Actor actor) {
        // The entry first, the UPDATE last: the quota's row lock is then held only from the UPDATE to the commit.
        // If the UPDATE finds too little, the caller rolls the whole attempt back, the entry with it.
        append(LedgerKind.QUOTA_SPENT, parties.sharerId(), amount.negated(), amount.negated(), amount, parties,
                settlementId, useKind, actor, null);
        return jdbc.sql("""
                        UPDATE quota SET used = used + ?
                        WHERE id = ? AND amount - used - returned >= ? AND (end_date IS NULL OR end_date >= ?)""")
                .params(amount.amount(), parties.quotaId(), amount.amount(), today).update() == 1;
    }

    /**
     * Spends {@code amount} of what is available in a personal account — the patient's own account or a
     * same-province sharer's (D9: never money reserved for quotas). Returns false if less is available now: the caller
     * must then roll back.
     */
    public boolean spendAvailable(long personId, Money amount, LedgerKind kind, Parties parties, String settlementId,
                                  UseKind useKind, Actor actor) {
        requireKind(kind, LedgerKind.OWN_ACCOUNT_SPENT, LedgerKind.SHARED_ACCOUNT_SPENT);
        // As for a quota: the entry first, the row lock last (the caller rolls back if it returns false).
        append(kind, personId, amount.negated(), BigDecimal.ZERO, amount, parties, settlementId, useKind, actor, null);
        return takeAvailable(personId, amount);
    }

    /**
     * Money back (D20): into a personal account's available part (own account, same-province sharer's account), or
     * back into the quota it came from ({@code QUOTA_REFUNDED}): there it stays reserved while {@code backIntoQuota}
     * (the relation is live and the quota not past its end), and is otherwise given back to the sharer's available
     * part at once.
     */
    public void refund(long personId, Money amount, LedgerKind kind, boolean backIntoQuota, Parties parties,
                       String settlementId, UseKind useKind, Actor actor) {
        requireKind(kind, LedgerKind.OWN_ACCOUNT_REFUNDED, LedgerKind.QUOTA_REFUNDED,
                LedgerKind.SHARED_ACCOUNT_REFUNDED);
        if (kind == LedgerKind.QUOTA_REFUNDED) {
            int changed = jdbc.sql(backIntoQuota
                            ? "UPDATE quota SET used = used - ? WHERE id = ? AND used >= ?"
                            : "UPDATE quota SET used = used - ?, returned = returned + ? WHERE id = ? AND used >= ?")
                    .params(backIntoQuota
                            ? List.of(amount.amount(), parties.quotaId(), amount.amount())
                            : List.of(amount.amount(), amount.amount(), parties.quotaId(), amount.amount()))
                    .update();
            if (changed == 0) {
                throw new IllegalStateException("Refund larger than what quota " + parties.quotaId() + " paid");
            }
        }
        if (!backIntoQuota || kind != LedgerKind.QUOTA_REFUNDED) {
            if (addAvailable(personId, amount.amount()) == 0) {
                throw new IllegalStateException("No personal account " + personId + " to refund to");
            }
        }
        boolean reserved = kind == LedgerKind.QUOTA_REFUNDED && backIntoQuota;
        append(kind, personId, amount.amount(), reserved ? amount.amount() : BigDecimal.ZERO, amount, parties,
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
     * moment, counted up to {@code enough} (a burst needs no more).
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long sharedSpendsSince(long sharerId, Instant since, int enough) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM ledger_entry
                            WHERE account_id = ? AND occurred_at >= ? AND kind IN ('QUOTA_SPENT', 'SHARED_ACCOUNT_SPENT')
                            FETCH FIRST %d ROWS ONLY) recent""".formatted(enough))
                .params(sharerId, utc(since)).query(Long.class).single();
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

    /**
     * Issue 12, D25: the latest entries that changed the account's balance, newest first, at most {@code limit}.
     * With {@link #balanceBefore} they are every entry whose deltas add up to the balance.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<LedgerEntry> latestOnBalance(long personId, int limit) {
        return entries.latestOnBalance(personId, Pageable.ofSize(limit));
    }

    /** Issue 12, D25: the entries that changed the account's balance before entry {@code beforeId}, per kind. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<KindTotal> balanceBefore(long personId, long beforeId) {
        return entries.balanceBefore(personId, beforeId);
    }

    /**
     * Issue 12, D25: what the entries did to the account's reserved part, per quota and kind; the sums add up to the
     * reserved part.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<QuotaMovement> reservedByQuota(long personId) {
        return entries.reservedByQuota(personId);
    }

    private boolean takeAvailable(long personId, Money amount) {
        return jdbc.sql("UPDATE account SET available = available - ? WHERE person_id = ? AND available >= ?")
                .params(amount.amount(), personId, amount.amount()).update() == 1;
    }

    private int addAvailable(long personId, BigDecimal amount) {
        return jdbc.sql("UPDATE account SET available = available + ? WHERE person_id = ?")
                .params(amount, personId).update();
    }

    private void append(LedgerKind kind, long accountId, BigDecimal balanceDelta, BigDecimal reservedDelta,
                        Money amount, Parties parties, String settlementId, UseKind useKind, Actor actor,
                        String reason) {
        Instant now = Instant.now(clock);
        jdbc.sql(INSERT_ENTRY)
                .params(utc(now), kind.name(), accountId, balanceDelta, reservedDelta, amount.amount(),
                        parties.sharerId(), parties.recipientId(), parties.relationId(), parties.quotaId(),
                        settlementId, useKind == null ? null : useKind.name(), actor.reference(),
                        actor.channel().name(), actor.agent(), reason != null ? reason : actor.reason())
                .update();
        if (SHARED_MONEY.contains(kind)) {
            // Every path that moves a sharer's money for a relative ends here: the sharer is told and supervision
            // hears of it (P3, D27), whatever the caller was (settlement, refund, contribution).
            events.publishEvent(new SharedMoneySpent(parties.sharerId(), parties.recipientId(), parties.relationId(),
                    amount, useKind, !SPENT.contains(kind), now));
        }
    }

    private static final EnumSet<LedgerKind> SPENT = EnumSet.of(LedgerKind.QUOTA_SPENT, LedgerKind.SHARED_ACCOUNT_SPENT);
    private static final EnumSet<LedgerKind> SHARED_MONEY = EnumSet.of(LedgerKind.QUOTA_SPENT,
            LedgerKind.SHARED_ACCOUNT_SPENT, LedgerKind.QUOTA_REFUNDED, LedgerKind.SHARED_ACCOUNT_REFUNDED);

    /** Times are stored as UTC without a zone, as Hibernate stores them (hibernate.jdbc.time_zone=UTC). */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
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
