package cn.gongji.portal.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: no update, no delete is exposed (D25). */
interface LedgerEntryRepository extends Repository<LedgerEntry, Long> {

    LedgerEntry save(LedgerEntry entry);

    List<LedgerEntry> findByRelationIdOrderByIdAsc(long relationId);

    @Query("""
            select e from LedgerEntry e
            where (e.accountId = :personId or e.sharerId = :personId or e.recipientId = :personId)
              and e.occurredAt >= :from and e.occurredAt < :to
              and e.kind in :kinds
            order by e.occurredAt desc, e.id desc""")
    Page<LedgerEntry> history(long personId, Instant from, Instant to, Collection<LedgerKind> kinds, Pageable page);

    long count();

    /** Issue 12: the entries that changed an account's balance, newest first. */
    @Query("""
            select e from LedgerEntry e
            where e.accountId = :personId and e.balanceDelta <> 0
            order by e.id desc""")
    List<LedgerEntry> latestOnBalance(long personId, Pageable page);

    /** Issue 12: the entries that changed an account's balance before entry {@code beforeId}, summed per kind. */
    @Query("""
            select new cn.gongji.portal.ledger.KindTotal(e.kind, count(e), sum(e.balanceDelta), min(e.occurredAt),
                max(e.occurredAt))
            from LedgerEntry e
            where e.accountId = :personId and e.balanceDelta <> 0 and e.id < :beforeId
            group by e.kind""")
    List<KindTotal> balanceBefore(long personId, long beforeId);

    /** Issue 12: what entries did to the reserved part of an account, per quota and kind. */
    @Query("""
            select new cn.gongji.portal.ledger.QuotaMovement(e.quotaId, e.kind, sum(e.reservedDelta))
            from LedgerEntry e
            where e.accountId = :personId and e.reservedDelta <> 0
            group by e.quotaId, e.kind""")
    List<QuotaMovement> reservedByQuota(long personId);

    long countByAccountIdAndKindInAndOccurredAtGreaterThanEqual(long accountId, Collection<LedgerKind> kinds,
                                                                 Instant since);
}
