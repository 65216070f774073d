package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.EnrolmentStatus;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.registry.InstitutionStatus;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ledger.ConflictRetry;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.shared.TimeOrderedId;
import cn.gongji.portal.wallet.WalletService;

/**
 * Settles a recipient's out-of-pocket amount (D12, D13, D15, D16, D17, D18, D19) and refunds it (D20). The portal
 * decides only who pays (D12): the patient's own account first, then shared money in the order of
 * {@link SharedMoneyOrder} (D17, P1, D18's codes) — and the rest in cash.
 *
 * <p>How a settlement runs, in one transaction: one query reads the institution's status (D15), an earlier
 * settlement under the same request id (D19), the patient and his own account; a second one, only if he has live
 * relations and accepts shared money, reads what each sharer's quota or account holds. The plan is made on what was
 * read; each part is then taken by one conditional UPDATE in {@link LedgerService}, which either finds the money or
 * changes nothing. The settlement row, inserted last, is the request's idempotency record: a copy of the same
 * request that ran at the same moment fails on its unique key and is answered with the first one's result. Nothing
 * is locked before it is needed, and a spend from a quota never touches the sharer's account row.
 *
 * <p>When a plan went stale (another settlement took the money in between) or the database reports a write conflict,
 * {@link ConflictRetry} rolls the attempt back and runs it again; from the second attempt on, the rows are locked
 * before the plan is made (quotas, then accounts, ascending ids: the portal-wide order).
 */
@Service
@Transactional
public class SettlementService {

    private final JdbcClient jdbc;
    private final SharedMoneyOrder order;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final RegionPolicies policies;
    private final SettlementRepository settlements;
    private final SettlementPartRepository parts;
    private final FraudRecorder fraud;
    private final ConflictRetry retry;
    private final Clock clock;

    SettlementService(JdbcClient jdbc, SharedMoneyOrder order, WalletService wallet, LedgerService ledger,
                      RegionPolicies policies, SettlementRepository settlements, SettlementPartRepository parts,
                      FraudRecorder fraud, ConflictRetry retry, Clock clock) {
        this.jdbc = jdbc;
        this.order = order;
        this.wallet = wallet;
        this.ledger = ledger;
        this.policies = policies;
        this.settlements = settlements;
        this.parts = parts;
        this.fraud = fraud;
        this.retry = retry;
        this.clock = clock;
    }

    /** A settlement's answer, and whether it is the first answer or a repeat's (D19). */
    public record Settled(SettlementReceipt receipt, boolean repeat) {
    }

    /** What the first query of a settlement reads. */
    private record Start(InstitutionStatus institution, String earlierId, String earlierHash, boolean idUsedOtherwise,
                         Long patientId, EnrolmentStatus status, Scheme scheme, RegionCode region, Money ownAvailable,
                         int liveRelations) {
    }

    /** One planned part: which source, and how much it will pay. */
    private record Part(PaymentSource kind, SharedMoneyOrder.Source source, Money amount) {

        /** The row it changes: a quota's id, or the person id of an account (the patient's own is {@code own}). */
        long row(long own) {
            return source == null ? own : source.isQuota() ? source.quotaId() : source.sharerId();
        }
    }

    /**
     * Settles a bill once per request id (D19): the first time it pays and answers; a repeat with the same content
     * ({@code bodyHash}) gets the first answer again; other content under a used request id is refused.
     *
     * @param idempotencyClient the institution's name for request ids it used on other requests (refunds)
     * @throws RefusedException REQUEST_ID_REUSED, PERSON_NOT_FOUND, PATIENT_NOT_INSURED, INSTITUTION_NOT_DESIGNATED,
     *                          IMPERSONATION; TRY_AGAIN when write conflicts outlasted the retries
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Settled settle(SettleCommand c, String idempotencyClient, String bodyHash) {
        refuseImpersonation(c);
        return retry.inTransaction(attempt -> settleOnce(c, idempotencyClient, bodyHash, attempt > 1));
    }

    private Settled settleOnce(SettleCommand c, String idempotencyClient, String bodyHash, boolean lockFirst) {
        Start start = start(c, idempotencyClient);
        if (start.institution() != InstitutionStatus.ACTIVE) {
            throw new RefusedException(Refusal.INSTITUTION_NOT_DESIGNATED);
        }
        if (start.earlierId() != null) {
            if (!start.earlierHash().equals(bodyHash)) {
                throw reused(c.requestId());
            }
            return new Settled(receiptOf(start.earlierId()), true);
        }
        if (start.idUsedOtherwise()) {
            throw reused(c.requestId());
        }
        if (start.patientId() == null) {
            throw new RefusedException(Refusal.PERSON_NOT_FOUND);
        }
        if (start.status() != EnrolmentStatus.ACTIVE) {
            throw new RefusedException(Refusal.PATIENT_NOT_INSURED);
        }
        long patientId = start.patientId();
        List<SharedMoneyOrder.Source> shared = c.useSharedFunds() && start.liveRelations() > 0
                ? usable(order.sourcesOf(patientId), start.region(), c)
                : List.of();
        Money own = start.scheme() == Scheme.EMPLOYEE && start.ownAvailable() != null ? start.ownAvailable() : null;
        if (lockFirst) {
            Map<Long, Money> unused = ledger.lockUnused(shared.stream().filter(SharedMoneyOrder.Source::isQuota)
                    .map(SharedMoneyOrder.Source::quotaId).toList());
            List<Long> accounts = new ArrayList<>();
            accounts.add(patientId);
            shared.stream().filter(s -> !s.isQuota()).map(SharedMoneyOrder.Source::sharerId).forEach(accounts::add);
            Map<Long, Money> available = ledger.lockAvailable(accounts);
            own = own == null ? null : available.getOrDefault(patientId, Money.ZERO);
            shared = shared.stream().map(s -> s.holding(s.isQuota()
                    ? unused.getOrDefault(s.quotaId(), Money.ZERO)
                    : available.getOrDefault(s.sharerId(), Money.ZERO))).toList();
        }

        String settlementId = TimeOrderedId.next(clock);
        List<Part> plan = plan(c.outOfPocket(), own, shared);
        LocalDate today = LocalDate.now(clock);
        Money ownPaid = plan.stream().filter(p -> p.kind() == PaymentSource.OWN_ACCOUNT).map(Part::amount)
                .reduce(Money.ZERO, Money::plus);
        Money remaining = plan.stream().map(Part::amount).reduce(c.outOfPocket(), Money::minus);
        // The rows that only this settlement writes first (a concurrent copy of the request stops at the settlement's
        // unique key here, before it takes anything); the money last, so that the row locks of the accounts and
        // quotas are held only until the commit that follows.
        insert(settlementId, c, patientId, ownPaid, remaining, bodyHash);
        List<Part> sharedParts = plan.stream().filter(p -> p.source() != null).toList();
        for (int seq = 0; seq < sharedParts.size(); seq++) {
            Part p = sharedParts.get(seq);
            jdbc.sql("""
                            INSERT INTO settlement_part (settlement_id, seq, source, relation_id, quota_id, sharer_id, amount)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(settlementId, seq + 1, p.kind().name(), p.source().relationId(), p.source().quotaId(),
                            p.source().sharerId(), p.amount().amount())
                    .update();
        }
        // Planned in D17's order, taken in the portal-wide lock order (quotas, then accounts, ascending ids), so that
        // settlements, grants and revokes that meet on the same rows wait for each other instead of deadlocking.
        Comparator<Part> lockOrder = Comparator.comparing((Part p) -> p.kind() != PaymentSource.QUOTA)
                .thenComparingLong(p -> p.row(patientId));
        for (Part part : plan.stream().sorted(lockOrder).toList()) {
            if (!take(part, patientId, settlementId, c.kind(), today, Actor.institution(c.institutionCode()))) {
                throw new ConflictRetry.StalePlan("a source of settlement " + settlementId + " holds less than planned");
            }
        }
        return new Settled(receipt(settlementId, c.requestId(), ownPaid,
                sharedParts.stream().map(p -> new Paid(p.kind(), p.source().relationId(), p.amount())).toList(),
                remaining), false);
    }

    /** D15, D19 and the patient, in one round trip; always exactly one row. */
    private Start start(SettleCommand c, String idempotencyClient) {
        return jdbc.sql("""
                        SELECT (SELECT i.status FROM institution i WHERE i.code = ?),
                               e.id, e.body_hash,
                               (SELECT COUNT(*) FROM api_request r WHERE r.client = ? AND r.request_id = ?),
                               p.id, p.status, p.scheme, p.region_code, a.available,
                               (SELECT COUNT(*) FROM relation r WHERE r.recipient_id = p.id AND r.status = 'LIVE')
                        FROM (SELECT 1 AS one) x
                        LEFT JOIN settlement e ON e.institution_code = ? AND e.request_id = ?
                        LEFT JOIN person p ON p.id_number = ?
                        LEFT JOIN account a ON a.person_id = p.id""")
                .params(c.institutionCode(), idempotencyClient, c.requestId(), c.institutionCode(), c.requestId(),
                        c.patient().value())
                .query((rs, n) -> {
                    String institution = rs.getString(1);
                    long patient = rs.getLong(5);
                    boolean noPatient = rs.wasNull();
                    java.math.BigDecimal available = rs.getBigDecimal(9);
                    return new Start(institution == null ? null : InstitutionStatus.valueOf(institution),
                            rs.getString(2), rs.getString(3), rs.getLong(4) > 0,
                            noPatient ? null : patient,
                            noPatient ? null : EnrolmentStatus.valueOf(rs.getString(6)),
                            noPatient ? null : Scheme.valueOf(rs.getString(7)),
                            noPatient ? null : new RegionCode(rs.getString(8)),
                            available == null ? null : new Money(available), rs.getInt(10));
                })
                .single();
    }

    /**
     * D18: where the sharer's or the patient's region requires both codes (Guangxi, Sichuan), the sharer's money is
     * used only if his code was shown too.
     */
    private List<SharedMoneyOrder.Source> usable(List<SharedMoneyOrder.Source> sources, RegionCode patientRegion,
                                                 SettleCommand c) {
        boolean patientRequires = policies.of(patientRegion).bothCodesRequired();
        return sources.stream()
                .filter(s -> !(patientRequires || policies.of(s.sharerRegion()).bothCodesRequired())
                        || c.presentedSharers().contains(s.sharerIdNumber()))
                .toList();
    }

    /** D17: the own account first, then shared money in order; what none of them holds is cash. */
    private static List<Part> plan(Money bill, Money ownAvailable, List<SharedMoneyOrder.Source> shared) {
        List<Part> plan = new ArrayList<>();
        Money remaining = bill;
        if (ownAvailable != null && ownAvailable.isPositive()) {
            Money own = ownAvailable.min(remaining);
            plan.add(new Part(PaymentSource.OWN_ACCOUNT, null, own));
            remaining = remaining.minus(own);
        }
        for (SharedMoneyOrder.Source source : shared) {
            if (remaining.isZero()) {
                break;
            }
            Money taken = source.holds().min(remaining);
            if (taken.isPositive()) {
                plan.add(new Part(source.kind(), source, taken));
                remaining = remaining.minus(taken);
            }
        }
        return plan;
    }

    private boolean take(Part part, long patientId, String settlementId, SettlementKind kind, LocalDate today,
                         Actor institution) {
        SharedMoneyOrder.Source s = part.source();
        return switch (part.kind()) {
            case OWN_ACCOUNT -> ledger.spendAvailable(patientId, part.amount(), LedgerKind.OWN_ACCOUNT_SPENT,
                    new Parties(null, patientId, null, null), settlementId, kind.useKind(), institution);
            // D24: entries of shared money name the relative who used it, not the institution.
            case QUOTA -> ledger.spendFromQuota(part.amount(), today,
                    new Parties(s.sharerId(), patientId, s.relationId(), s.quotaId()), settlementId, kind.useKind(),
                    Actor.atInstitution(patientId));
            case SHARED_ACCOUNT -> ledger.spendAvailable(s.sharerId(), part.amount(), LedgerKind.SHARED_ACCOUNT_SPENT,
                    Parties.relation(s.sharerId(), patientId, s.relationId()), settlementId, kind.useKind(),
                    Actor.atInstitution(patientId));
            case CASH -> throw new IllegalStateException("cash is what remains, not a planned source");
        };
    }

    /** The settlement row, last: a concurrent copy of the same request fails here and is answered from this one. */
    private void insert(String settlementId, SettleCommand c, long patientId, Money own, Money cash, String bodyHash) {
        try {
            jdbc.sql("""
                            INSERT INTO settlement (id, institution_code, request_id, patient_id, buyer_id_number, kind,
                                out_of_pocket, pool_fund, own_account, cash, refunded, created_at, body_hash, detail)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                    .params(settlementId, c.institutionCode(), c.requestId(), patientId,
                            c.buyer() == null ? null : c.buyer().value(), c.kind().name(), c.outOfPocket().amount(),
                            c.poolFund().amount(), own.amount(), cash.amount(),
                            LedgerService.utc(Instant.now(clock)), bodyHash, c.detail())
                    .update();
        } catch (DuplicateKeyException copy) {
            // The same request id, settled by a copy of this request that committed first: roll this attempt back
            // and answer with what the copy did (the next attempt finds it).
            throw new ConflictRetry.StalePlan("request " + c.requestId() + " was settled by a concurrent copy");
        }
    }

    /**
     * D16: 卡不能共用 — someone else's card is impersonation, refused and recorded as suspected fraud in a
     * transaction of its own (the refusal is never stored as an answer, so every attempt is refused and recorded).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void refuseImpersonation(SettleCommand c) {
        if (!c.cardHolder().equals(c.patient())) {
            fraud.impersonation(c.institutionCode(), c.requestId(), c.patient().value(), c.cardHolder().value());
            throw new RefusedException(Refusal.IMPERSONATION);
        }
    }

    /**
     * D20: gives back up to what is still refundable. Every refund continues where the last one stopped in one fixed
     * order — the cash part first, then the shared parts last used first, the own account last — so what each part
     * has had back follows from the settlement's refunded total.
     */
    public RefundReceipt refund(String institutionCode, String settlementId, String requestId, Money amount) {
        if (jdbc.sql("SELECT COUNT(*) FROM settlement WHERE institution_code = ? AND request_id = ?")
                .params(institutionCode, requestId).query(Long.class).single() > 0) {
            // D19: the institution's request ids are one series; this one named a settlement.
            throw reused(requestId);
        }
        Settlement settlement = settlements.findLocked(settlementId)
                .filter(s -> s.getInstitutionCode().equals(institutionCode))
                .orElseThrow(() -> new RefusedException(Refusal.SETTLEMENT_NOT_FOUND));
        if (!settlement.refundable().covers(amount)) {
            throw new RefusedException(Refusal.REFUND_EXCEEDS_PAID,
                    "At most " + settlement.refundable() + " can still be refunded");
        }
        List<SettlementPart> sharedLastFirst = new ArrayList<>(parts.findBySettlementIdOrderBySeqAsc(settlementId));
        sharedLastFirst.sort(Comparator.comparingInt(SettlementPart::getSeq).reversed());

        long patientId = settlement.getPatientId();
        Money alreadyBack = settlement.getRefunded();
        Money left = amount;
        List<RefundReceipt.Returned> returned = new ArrayList<>();
        // The cash part: the counter pays it back; no account moves.
        Money cashBack = undo(settlement.getCash(), alreadyBack, left);
        alreadyBack = alreadyBack.minus(settlement.getCash().min(alreadyBack));
        if (cashBack.isPositive()) {
            returned.add(new RefundReceipt.Returned(PaymentSource.CASH, null, cashBack, false));
            left = left.minus(cashBack);
        }
        for (SettlementPart part : sharedLastFirst) {
            Money back = undo(part.getAmount(), alreadyBack, left);
            alreadyBack = alreadyBack.minus(part.getAmount().min(alreadyBack));
            if (back.isZero()) {
                continue;
            }
            boolean toQuota = false;
            // D24: as on spending, the sharer's entries name the relative, not the institution.
            if (part.getSource() == PaymentSource.QUOTA) {
                toQuota = wallet.refundToQuota(part.getQuotaId(), back, settlementId, settlement.getKind().useKind(),
                        Actor.atInstitution(patientId));
            } else {
                ledger.refund(part.getSharerId(), back, LedgerKind.SHARED_ACCOUNT_REFUNDED, false,
                        Parties.relation(part.getSharerId(), patientId, part.getRelationId()), settlementId,
                        settlement.getKind().useKind(), Actor.atInstitution(patientId));
            }
            returned.add(new RefundReceipt.Returned(part.getSource(), part.getRelationId(), back, toQuota));
            left = left.minus(back);
        }
        Money ownBack = undo(settlement.getOwnAccount(), alreadyBack, left);
        if (ownBack.isPositive()) {
            ledger.refund(patientId, ownBack, LedgerKind.OWN_ACCOUNT_REFUNDED, false,
                    new Parties(null, patientId, null, null), settlementId, settlement.getKind().useKind(),
                    Actor.institution(institutionCode));
            returned.add(new RefundReceipt.Returned(PaymentSource.OWN_ACCOUNT, null, ownBack, false));
            left = left.minus(ownBack);
        }
        if (!left.isZero()) {
            throw new IllegalStateException("Refund of " + settlementId + " left " + left + " unplaced");
        }
        settlement.addRefunded(amount);
        return new RefundReceipt(settlementId, requestId, amount, returned);
    }

    /** What a part of {@code paid}, of which refunds already undid up to {@code alreadyBack}, gives back now. */
    private static Money undo(Money paid, Money alreadyBack, Money wanted) {
        Money stillPaid = paid.minus(paid.min(alreadyBack));
        return stillPaid.min(wanted);
    }

    /** The care detail of a settlement, for its patient's own history (D24: the sharer never gets here). */
    @Transactional(readOnly = true)
    public Optional<String> detailForPatient(long patientId, String settlementId) {
        return jdbc.sql("SELECT detail FROM settlement WHERE id = ? AND patient_id = ?")
                .params(settlementId, patientId).query(String.class).optional();
    }

    private record Paid(PaymentSource source, long relationId, Money amount) {
    }

    /** The answer of an earlier settlement, as it was given the first time (D19). */
    private SettlementReceipt receiptOf(String settlementId) {
        record Row(String requestId, Money own, Money cash) {
        }
        Row row = jdbc.sql("SELECT request_id, own_account, cash FROM settlement WHERE id = ?").param(settlementId)
                .query((rs, n) -> new Row(rs.getString(1), new Money(rs.getBigDecimal(2)), new Money(rs.getBigDecimal(3))))
                .single();
        List<Paid> shared = jdbc.sql("""
                        SELECT source, relation_id, amount FROM settlement_part WHERE settlement_id = ? ORDER BY seq""")
                .param(settlementId)
                .query((rs, n) -> new Paid(PaymentSource.valueOf(rs.getString(1)), rs.getLong(2),
                        new Money(rs.getBigDecimal(3))))
                .list();
        return receipt(settlementId, row.requestId(), row.own(), shared, row.cash());
    }

    private static SettlementReceipt receipt(String settlementId, String requestId, Money own, List<Paid> paid,
                                             Money cash) {
        Map<Long, SettlementReceipt.SharedPart> shared = new LinkedHashMap<>();
        for (Paid p : paid) {
            shared.merge(p.relationId(), new SettlementReceipt.SharedPart(p.relationId(), p.amount(),
                            p.source() == PaymentSource.QUOTA ? SharingMode.WALLET : SharingMode.ACCOUNT),
                    (a, b) -> new SettlementReceipt.SharedPart(a.relationId(), a.amount().plus(b.amount()), a.mode()));
        }
        return new SettlementReceipt(settlementId, requestId, own, List.copyOf(shared.values()), cash);
    }

    private static RefusedException reused(String requestId) {
        return new RefusedException(Refusal.REQUEST_ID_REUSED, "The request id " + requestId
                + " was already used for a different request. Send a new request with a new request id.");
    }
}
