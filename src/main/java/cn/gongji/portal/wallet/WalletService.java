package cn.gongji.portal.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyPicture;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationEnded;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.ConflictRetry;
import cn.gongji.portal.ledger.EntryReasons;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * Wallet and quotas (D10, D11, P2). Lock order, everywhere: relation row, then quota rows (ascending id), then account rows (ascending id)
 * (the last inside {@link LedgerService}); so grants, revokes, releases and spends never deadlock each other.
 */
@Service
@Transactional
public class WalletService {

    private static final Logger log = LoggerFactory.getLogger(WalletService.class);

    private final QuotaRepository quotas;
    private final People people;
    private final FamilyService family;
    private final LedgerService ledger;
    private final NotificationService notifications;
    private final ConflictRetry retry;
    private final Clock clock;

    WalletService(QuotaRepository quotas, People people, FamilyService family, LedgerService ledger,
                  NotificationService notifications, ConflictRetry retry, Clock clock) {
        this.quotas = quotas;
        this.retry = retry;
        this.people = people;
        this.family = family;
        this.ledger = ledger;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** D10: an insured person opens his wallet (开通医保钱包). */
    public void openWallet(long personId, Actor actor) {
        // Managed in this transaction: opening it below is written when the transaction commits.
        Person person = people.require(personId);
        if (!person.isActive()) {
            throw new RefusedException(Refusal.RECIPIENT_INSURANCE_ENDED);
        }
        if (person.isWalletOpen()) {
            throw new RefusedException(Refusal.WALLET_ALREADY_OPEN);
        }
        person.openWallet(Instant.now(clock));
        // The opener is recorded as the concerned person so the entry appears in his own history.
        ledger.record(LedgerKind.WALLET_OPENED, new Parties(personId, null, null, null), actor, null);
    }

    /** D10: when the person opened his wallet; empty while it is not open (or the person is unknown). */
    @Transactional(readOnly = true)
    public Optional<Instant> walletOpenedAt(long personId) {
        return people.find(personId).map(Person::getWalletOpenedAt);
    }

    /**
     * D10, D11: the sharer grants a quota to the recipient of a live cross-province relation, out of what is
     * available in his own account. A recipient cannot grant on what he received: only the relation's sharer
     * can grant, and only from his own account.
     *
     * @param endDate optional last day the quota can be spent (P2); must be today or later
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Quota grantQuota(long sharerId, long relationId, Money amount, LocalDate endDate, Actor actor) {
        // A deadlock or lock-wait timeout with a settlement on the same rows is retried, not shown to the citizen.
        return retry.inTransaction(attempt -> grantOnce(sharerId, relationId, amount, endDate, actor));
    }

    private Quota grantOnce(long sharerId, long relationId, Money amount, LocalDate endDate, Actor actor) {
        Relation relation = lockedAsSharer(sharerId, relationId);
        if (!relation.isLive()) {
            throw new RefusedException(Refusal.RELATION_NOT_LIVE);
        }
        if (relation.getMode() != SharingMode.WALLET) {
            throw new RefusedException(Refusal.QUOTA_ONLY_ACROSS_PROVINCES);
        }
        Person sharer = people.find(sharerId).orElseThrow();
        if (!sharer.isActiveEmployee()) {
            throw new RefusedException(Refusal.SHARER_INSURANCE_ENDED);
        }
        if (!sharer.isWalletOpen()) {
            throw new RefusedException(Refusal.WALLET_NOT_OPENED);
        }
        if (endDate != null && endDate.isBefore(today())) {
            throw new RefusedException(Refusal.INVALID_END_DATE);
        }
        Quota quota = quotas.saveAndFlush(new Quota(relationId, sharerId, relation.getRecipientId(), amount, endDate,
                Instant.now(clock)));
        ledger.reserve(sharerId, amount, parties(relation).withQuota(quota.getId()), actor,
                endDate == null ? null : EntryReasons.endDate(endDate));
        notifications.notify(relation.getRecipientId(), NotificationKind.QUOTA_GRANTED, sharerId, relationId, amount,
                null);
        return quota;
    }

    /** D10: the sharer takes back unused quota, in full or in part; used money is never revoked. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Money revokeQuota(long sharerId, long relationId, Money amount, Actor actor) {
        return retry.inTransaction(attempt -> revokeOnce(sharerId, relationId, amount, actor));
    }

    private Money revokeOnce(long sharerId, long relationId, Money amount, Actor actor) {
        Relation relation = lockedAsSharer(sharerId, relationId);
        if (!relation.isLive()) {
            throw new RefusedException(Refusal.RELATION_NOT_LIVE);
        }
        // Revoke takes back the newest grants first, leaving the older ones, which are spent first (D17).
        List<Quota> newestFirst = new java.util.ArrayList<>(quotas.findByRelationIdOrderByIdAsc(relationId));
        java.util.Collections.reverse(newestFirst);
        Map<Long, Money> unusedNow = ledger.lockUnused(newestFirst.stream().map(Quota::getId).toList());
        Money unused = unusedNow.values().stream().reduce(Money.ZERO, Money::plus);
        if (!unused.covers(amount)) {
            throw new RefusedException(Refusal.REVOKE_EXCEEDS_UNUSED,
                    "Only " + unused + " is unused and can be revoked");
        }
        Money left = amount;
        for (Quota quota : newestFirst) {
            Money part = unusedNow.getOrDefault(quota.getId(), Money.ZERO).min(left);
            if (part.isPositive()) {
                giveBack(quota, part, LedgerKind.QUOTA_REVOKED, actor, null);
                left = left.minus(part);
            }
        }
        notifications.notify(relation.getRecipientId(), NotificationKind.QUOTA_REVOKED, sharerId, relationId, amount,
                null);
        return amount;
    }

    /** D21, D22: when a relation ends, its unused quota returns to the sharer at once, in the same transaction. */
    @EventListener
    public void releaseOnEnd(RelationEnded ended) {
        Money released = Money.ZERO;
        List<Quota> ofRelation = quotas.findByRelationIdOrderByIdAsc(ended.relationId());
        Map<Long, Money> unusedNow = ledger.lockUnused(ofRelation.stream().map(Quota::getId).toList());
        for (Quota quota : ofRelation) {
            Money unused = unusedNow.getOrDefault(quota.getId(), Money.ZERO);
            if (unused.isPositive()) {
                giveBack(quota, unused, LedgerKind.QUOTA_RELEASED, ended.actor(), ended.reason().name());
                released = released.plus(unused);
            }
        }
        if (released.isPositive()) {
            notifications.notify(ended.recipientId(), NotificationKind.QUOTA_RELEASED, ended.sharerId(),
                    ended.relationId(), released, ended.reason().name());
        }
    }

    /** P2: every few minutes, quotas past their end date give their unused part back; both sides are told. */
    @Scheduled(fixedDelayString = "${portal.quota-expiry-interval:PT5M}", initialDelayString = "PT10S")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int expireDue() {
        LocalDate today = today();
        int expired = expireDueAsOf(today);
        remindEndingAsOf(today);
        return expired;
    }

    /** P2, P3: how many days before its last day a quota's two sides are reminded that it ends. */
    public static final int REMIND_DAYS_BEFORE = 7;

    /**
     * P2, P3: tells both sides of every quota whose last day is within {@value #REMIND_DAYS_BEFORE} days of
     * {@code day} (that day included) and which still has money left, that it ends soon — once per quota, ever.
     * A quota with nothing left (used up, revoked, released) needs no reminder: nothing will go back when it ends.
     *
     * <p>Once, also on several portal nodes and across restarts: the marker is the quota's {@code reminded_at}
     * column, set by a conditional UPDATE ({@code … WHERE reminded_at IS NULL}) in the transaction that sends the two
     * notifications. Of two nodes on one quota, only the one whose UPDATE changed the row sends; the other waits for
     * its row lock and then changes nothing (on Galera its commit fails certification, and the retry finds the marker
     * set). A failure rolls the marker back with the notifications, so the next run tries again.
     *
     * @return how many quotas were reminded in this run
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int remindEndingAsOf(LocalDate day) {
        LocalDate lastDay = day.plusDays(REMIND_DAYS_BEFORE);
        int reminded = 0;
        for (Long id : quotas.findEndingSoonNotReminded(day, lastDay)) {
            try {
                if (retry.inTransaction(attempt -> remind(id, day, lastDay))) {
                    reminded++;
                }
            } catch (RuntimeException e) {
                log.warn("Quota {} was not reminded in this run, the next run tries again: {}", id, e.toString());
            }
        }
        return reminded;
    }

    private boolean remind(long quotaId, LocalDate day, LocalDate lastDay) {
        if (quotas.markReminded(quotaId, LedgerService.utc(Instant.now(clock)), day, lastDay) != 1) {
            return false;
        }
        // The UPDATE holds the quota's row lock to the commit, so what is unused cannot change under the reminder.
        Quota quota = quotas.findById(quotaId).orElseThrow();
        Money unused = ledger.lockUnused(List.of(quotaId)).getOrDefault(quotaId, Money.ZERO);
        String endDate = quota.getEndDate().toString();
        notifications.notify(quota.getRecipientId(), NotificationKind.QUOTA_ENDING_SOON, quota.getSharerId(),
                quota.getRelationId(), unused, endDate);
        notifications.notify(quota.getSharerId(), NotificationKind.GRANTED_QUOTA_ENDING_SOON, quota.getRecipientId(),
                quota.getRelationId(), unused, endDate);
        return true;
    }

    /**
     * P2 as of a given day (the scheduler passes today; tests pass a later day instead of moving the clock).
     *
     * <p>Safe on several portal nodes at once without a lease: each quota is released in a transaction of its own
     * that locks the quota row and gives back only what is unused at that moment, so a second node that comes to the
     * same quota finds nothing left and does nothing (QuotaExpiryOnTwoNodesTest). A write conflict (two nodes on one
     * quota; on Galera a certification failure at commit) is retried through {@link ConflictRetry}; a quota that still
     * fails is left for the next run and does not end this one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int expireDueAsOf(LocalDate day) {
        int expired = 0;
        for (Long id : quotas.findExpiredWithUnused(day)) {
            try {
                if (retry.inTransaction(attempt -> expire(id, day))) {
                    expired++;
                }
            } catch (RuntimeException e) {
                log.warn("Quota {} was not expired in this run, the next run tries again: {}", id, e.toString());
            }
        }
        return expired;
    }

    private boolean expire(long quotaId, LocalDate day) {
        Quota quota = quotas.findById(quotaId).orElseThrow();
        Money unused = ledger.lockUnused(List.of(quotaId)).getOrDefault(quotaId, Money.ZERO);
        if (!quota.isExpiredOn(day) || !unused.isPositive()) {
            return false;
        }
        giveBack(quota, unused, LedgerKind.QUOTA_EXPIRED, Actor.system(), EntryReasons.endDate(quota.getEndDate()));
        for (long party : new long[] {quota.getSharerId(), quota.getRecipientId()}) {
            long other = party == quota.getSharerId() ? quota.getRecipientId() : quota.getSharerId();
            notifications.notify(party, NotificationKind.QUOTA_EXPIRED, other, quota.getRelationId(), unused, null);
        }
        return true;
    }

    /**
     * D20: money refunded to a quota. While its relation is live the money goes back into the quota (and stays
     * reserved); otherwise it goes to the sharer's available balance. Returns whether it went into the quota.
     */
    public boolean refundToQuota(long quotaId, Money amount, String settlementId, UseKind useKind, Actor actor) {
        Quota quota = quotas.findById(quotaId).orElseThrow();
        // The relation's row lock orders this refund with a dissolution: either the dissolution comes first and the
        // money goes to the sharer's account, or the refund does and the dissolution then releases it (D21).
        boolean live = family.lock(quota.getRelationId()).isLive() && !quota.isExpiredOn(today());
        // Not live: the refunded part is given back at once: it is not reserved for a relation that has ended.
        ledger.refund(quota.getSharerId(), amount, LedgerKind.QUOTA_REFUNDED, live,
                new Parties(quota.getSharerId(), quota.getRecipientId(), quota.getRelationId(), quota.getId()),
                settlementId, useKind, actor);
        return live;
    }

    @Transactional(readOnly = true)
    public QuotaSummary summary(long relationId) {
        return QuotaSummary.of(quotas.findByRelationIdOrderByIdAsc(relationId), today());
    }

    /**
     * Issue 12: the person's family picture — his open relations on both sides with what each recipient can still
     * spend (D10), the relatives masked (D2). It lives here, not in {@code family}, because the quota left is the
     * wallet's to know and {@code wallet} already depends on {@code family} (the features form no cycle).
     */
    @Transactional(readOnly = true)
    public FamilyPicture familyPicture(long personId) {
        Person person = people.require(personId);
        return new FamilyPicture(person.getName(), ties(family.asSharer(personId), true),
                ties(family.asRecipient(personId), false));
    }

    private List<FamilyPicture.Tie> ties(List<Relation> relations, boolean asSharer) {
        return relations.stream().filter(r -> FamilyPicture.Tie.shows(r.getStatus()))
                .map(r -> new FamilyPicture.Tie(r.getId(),
                        family.maskedNameOf(asSharer ? r.getRecipientId() : r.getSharerId()), r.getKinship(),
                        r.getMode(), r.getStatus(),
                        r.getMode() == SharingMode.WALLET ? summary(r.getId()).available() : null))
                .toList();
    }

    /** P2: the end dates of these quotas (quotas without one are left out). */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> endDatesOf(java.util.Collection<Long> quotaIds) {
        Map<Long, LocalDate> ends = new java.util.HashMap<>();
        quotas.findAllById(quotaIds).forEach(q -> {
            if (q.getEndDate() != null) {
                ends.put(q.getId(), q.getEndDate());
            }
        });
        return ends;
    }

    /** D25: a sharer's reserved amount equals the unused part of all his quotas. */
    @Transactional(readOnly = true)
    public Money unusedQuotaOfSharer(long sharerId) {
        return quotas.findUnusedOfSharer(sharerId).stream().map(Quota::unused).reduce(Money.ZERO, Money::plus);
    }

    private void giveBack(Quota quota, Money part, LedgerKind kind, Actor actor, String reason) {
        ledger.unreserve(quota.getSharerId(), part, kind,
                new Parties(quota.getSharerId(), quota.getRecipientId(), quota.getRelationId(), quota.getId()),
                actor, reason);
    }

    private Relation lockedAsSharer(long sharerId, long relationId) {
        Relation relation = family.lock(relationId);
        if (!relation.hasParty(sharerId)) {
            throw new RefusedException(Refusal.RELATION_NOT_FOUND);
        }
        if (relation.getSharerId() != sharerId) {
            // D11: a recipient can never pass on what he received.
            throw new RefusedException(Refusal.NOT_THE_SHARER);
        }
        return relation;
    }

    private static Parties parties(Relation relation) {
        return Parties.relation(relation.getSharerId(), relation.getRecipientId(), relation.getId());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
