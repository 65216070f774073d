package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.Parties;
import cn.gongji.portal.notification.NotificationService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.shared.TimeOrderedId;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/**
 * Settles a recipient's out-of-pocket amount and refunds it (D13–D20). The portal decides only who pays
 * (D12): the patient's own account first, then shared money — wallet quotas oldest grant first, then
 * same-province sharers' accounts oldest relation first, or the recipient's own order (P1) — and the rest in
 * cash (D17).
 *
 * <p>Before moving anything, a settlement locks every quota it may use (ascending id), then every account
 * (ascending person id): the portal-wide lock order, so concurrent settlements, grants and revokes serialise
 * on the rows they share and never deadlock.
 */
@Service
@Transactional
public class SettlementService {

    private final PersonRepository persons;
    private final FamilyService family;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final NotificationService notifications;
    private final RegionPolicies policies;
    private final SettlementRepository settlements;
    private final SettlementPartRepository parts;
    private final SettlementDetailRepository details;
    private final FraudRecorder fraud;
    private final Clock clock;

    SettlementService(PersonRepository persons, FamilyService family, WalletService wallet, LedgerService ledger,
                      NotificationService notifications, RegionPolicies policies, SettlementRepository settlements,
                      SettlementPartRepository parts, SettlementDetailRepository details, FraudRecorder fraud,
                      Clock clock) {
        this.persons = persons;
        this.family = family;
        this.wallet = wallet;
        this.ledger = ledger;
        this.notifications = notifications;
        this.policies = policies;
        this.settlements = settlements;
        this.parts = parts;
        this.details = details;
        this.fraud = fraud;
        this.clock = clock;
    }

    /** One place money may come from, in the order it will be used. */
    private record Source(PaymentSource kind, Relation relation, Quota quota) {
    }

    public SettlementReceipt settle(SettleCommand c) {
        refuseImpersonation(c);
        Person patient = persons.findByIdNumber(c.patient())
                .orElseThrow(() -> new RefusedException(Refusal.PERSON_NOT_FOUND));
        if (!patient.isActive()) {
            throw new RefusedException(Refusal.PATIENT_NOT_INSURED);
        }
        String settlementId = TimeOrderedId.next(clock);
        Actor actor = Actor.institution(c.institutionCode());
        List<Source> plan = plan(patient, c);
        lock(patient.getId(), plan);

        Money remaining = c.outOfPocket();
        List<SettlementPart> paid = new ArrayList<>();
        for (Source source : plan) {
            if (remaining.isZero()) {
                break;
            }
            Money taken = take(source, patient, remaining, settlementId, c.kind(), actor);
            if (taken.isPositive()) {
                paid.add(part(settlementId, paid.size(), source, taken));
                remaining = remaining.minus(taken);
            }
        }
        if (remaining.isPositive()) {
            paid.add(new SettlementPart(settlementId, paid.size(), PaymentSource.CASH, null, null, null, remaining));
        }
        settlements.save(new Settlement(settlementId, c.institutionCode(), c.requestId(), patient.getId(),
                c.buyer() == null ? null : c.buyer().value(), c.kind(), c.outOfPocket(), c.poolFund(), remaining,
                Instant.now(clock)));
        settlements.flush();
        parts.saveAll(paid);
        details.save(new SettlementDetail(settlementId, patient.getId(), c.detail()));
        return receipt(settlementId, c.requestId(), paid);
    }

    /**
     * D16: 卡不能共用 — someone else's card is impersonation, refused and recorded as suspected fraud. The API
     * calls this before its idempotent transaction, so that the record (written in a transaction of its own)
     * never waits for a second connection while the request holds one; {@link #settle} checks again.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void refuseImpersonation(SettleCommand c) {
        if (!c.cardHolder().equals(c.patient())) {
            fraud.impersonation(c.institutionCode(), c.requestId(), c.patient().value(), c.cardHolder().value());
            throw new RefusedException(Refusal.IMPERSONATION);
        }
    }

    /** D20: gives back up to what was paid, the cash part first, then shared parts last-used-first, own last. */
    public RefundReceipt refund(String institutionCode, String settlementId, String requestId, Money amount) {
        Settlement settlement = settlements.findLocked(settlementId)
                .filter(s -> s.getInstitutionCode().equals(institutionCode))
                .orElseThrow(() -> new RefusedException(Refusal.SETTLEMENT_NOT_FOUND));
        if (!settlement.refundable().covers(amount)) {
            throw new RefusedException(Refusal.REFUND_EXCEEDS_PAID,
                    "At most " + settlement.refundable() + " can still be refunded");
        }
        List<SettlementPart> lastFirst = new ArrayList<>(parts.findBySettlementIdOrderBySeqAsc(settlementId));
        lastFirst.sort(Comparator.comparingInt(SettlementPart::getSeq).reversed());
        wallet.lockQuotas(lastFirst.stream().map(SettlementPart::getQuotaId).filter(q -> q != null).toList());
        List<Long> accounts = new ArrayList<>();
        accounts.add(settlement.getPatientId());
        lastFirst.stream().map(SettlementPart::getSharerId).filter(s -> s != null).forEach(accounts::add);
        ledger.lockAccounts(accounts);

        Actor actor = Actor.institution(institutionCode);
        long patientId = settlement.getPatientId();
        Money left = amount;
        List<RefundReceipt.Returned> returned = new ArrayList<>();
        for (SettlementPart part : lastFirst) {
            Money back = part.refundable().min(left);
            if (back.isZero()) {
                continue;
            }
            boolean toQuota = false;
            switch (part.getSource()) {
                case CASH -> { /* the counter pays the cash back; no account moves */ }
                case OWN_ACCOUNT -> ledger.refund(patientId, back, LedgerKind.OWN_ACCOUNT_REFUNDED, false,
                        new Parties(null, patientId, null, null), settlementId, settlement.getKind().useKind(),
                        actor);
                // D24: as on spending, the sharer's entries name the relative, not the institution.
                case QUOTA -> toQuota = wallet.refundToQuota(part.getQuotaId(), back, settlementId,
                        settlement.getKind().useKind(), Actor.atInstitution(patientId));
                case SHARED_ACCOUNT -> {
                    ledger.refund(part.getSharerId(), back, LedgerKind.SHARED_ACCOUNT_REFUNDED, false,
                            Parties.relation(part.getSharerId(), patientId, part.getRelationId()), settlementId,
                            settlement.getKind().useKind(), Actor.atInstitution(patientId));
                    notifications.sharedMoneyUsed(part.getSharerId(), patientId, part.getRelationId(), back,
                            settlement.getKind().useKind(), true);
                }
            }
            part.addRefunded(back);
            returned.add(new RefundReceipt.Returned(part.getSource(), part.getRelationId(), back, toQuota));
            left = left.minus(back);
            if (left.isZero()) {
                break;
            }
        }
        settlement.addRefunded(amount);
        return new RefundReceipt(settlementId, requestId, amount, returned);
    }

    /** The parts of a settlement, for its patient's own history (D24: the sharer never gets here). */
    @Transactional(readOnly = true)
    public Optional<String> detailForPatient(long patientId, String settlementId) {
        return details.findById(settlementId).filter(d -> d.getPatientId() == patientId)
                .map(SettlementDetail::getDetail);
    }

    @Transactional(readOnly = true)
    public List<SettlementPart> partsOf(String settlementId) {
        return parts.findBySettlementIdOrderBySeqAsc(settlementId);
    }

    @Transactional(readOnly = true)
    public Optional<Settlement> find(String settlementId) {
        return settlements.findById(settlementId);
    }

    /** D17, D18, P1: where the money will come from, in order. */
    private List<Source> plan(Person patient, SettleCommand c) {
        List<Source> plan = new ArrayList<>();
        if (patient.hasPersonalAccount()) {
            plan.add(new Source(PaymentSource.OWN_ACCOUNT, null, null));
        }
        if (!c.useSharedFunds()) {
            return plan;
        }
        List<Relation> live = family.liveAsRecipient(patient.getId());
        if (live.isEmpty()) {
            return plan;
        }
        Set<Long> usable = new HashSet<>();
        for (Relation relation : live) {
            if (codesPresented(patient, relation, c.presentedSharers())) {
                usable.add(relation.getId());
            }
        }
        plan.addAll(SharedMoneyOrder.inOrderOfUse(live, wallet.spendableQuotas(live), r -> usable.contains(r.getId()),
                (relation, quota) -> new Source(quota == null ? PaymentSource.SHARED_ACCOUNT : PaymentSource.QUOTA,
                        relation, quota)));
        return plan;
    }

    /**
     * D18: where the sharer's or the patient's region requires both codes (Guangxi, Sichuan), the sharer's money
     * is used only if his code was shown too.
     */
    private boolean codesPresented(Person patient, Relation relation, List<IdNumber> presented) {
        Person sharer = persons.findById(relation.getSharerId()).orElseThrow();
        boolean required = policies.of(sharer.region()).bothCodesRequired()
                || policies.of(patient.region()).bothCodesRequired();
        return !required || presented.contains(sharer.idNumber());
    }

    private void lock(long patientId, List<Source> plan) {
        wallet.lockQuotas(plan.stream().filter(s -> s.quota() != null).map(s -> s.quota().getId()).toList());
        List<Long> accounts = new ArrayList<>();
        accounts.add(patientId);
        plan.stream().filter(s -> s.relation() != null).map(s -> s.relation().getSharerId()).forEach(accounts::add);
        ledger.lockAccounts(accounts);
    }

    private Money take(Source source, Person patient, Money remaining, String settlementId, SettlementKind kind,
                       Actor actor) {
        return switch (source.kind()) {
            case OWN_ACCOUNT -> ledger.spendAvailableUpTo(patient.getId(), remaining, LedgerKind.OWN_ACCOUNT_SPENT,
                    new Parties(null, patient.getId(), null, null), settlementId, kind.useKind(), actor);
            // D24: entries on a sharer's account name the relative who used the money, not the institution.
            case QUOTA -> wallet.spendFromQuota(source.quota().getId(), remaining, settlementId, kind.useKind(),
                    Actor.atInstitution(patient.getId()));
            case SHARED_ACCOUNT -> {
                Relation r = source.relation();
                Money taken = ledger.spendAvailableUpTo(r.getSharerId(), remaining, LedgerKind.SHARED_ACCOUNT_SPENT,
                        Parties.relation(r.getSharerId(), patient.getId(), r.getId()), settlementId, kind.useKind(),
                        Actor.atInstitution(patient.getId()));
                if (taken.isPositive()) {
                    notifications.sharedMoneyUsed(r.getSharerId(), patient.getId(), r.getId(), taken, kind.useKind(),
                            false);
                }
                yield taken;
            }
            case CASH -> throw new IllegalStateException("cash is what remains, not a planned source");
        };
    }

    private static SettlementPart part(String settlementId, int seq, Source source, Money amount) {
        Relation r = source.relation();
        return new SettlementPart(settlementId, seq, source.kind(), r == null ? null : r.getId(),
                source.quota() == null ? null : source.quota().getId(), r == null ? null : r.getSharerId(), amount);
    }

    private static SettlementReceipt receipt(String settlementId, String requestId, List<SettlementPart> paid) {
        Money own = Money.ZERO;
        Money cash = Money.ZERO;
        Map<Long, SettlementReceipt.SharedPart> shared = new LinkedHashMap<>();
        for (SettlementPart p : paid) {
            switch (p.getSource()) {
                case OWN_ACCOUNT -> own = own.plus(p.getAmount());
                case CASH -> cash = cash.plus(p.getAmount());
                case QUOTA, SHARED_ACCOUNT -> shared.merge(p.getRelationId(),
                        new SettlementReceipt.SharedPart(p.getRelationId(), p.getAmount(),
                                p.getSource() == PaymentSource.QUOTA ? SharingMode.WALLET : SharingMode.ACCOUNT),
                        (a, b) -> new SettlementReceipt.SharedPart(a.relationId(), a.amount().plus(b.amount()),
                                a.mode()));
            }
        }
        return new SettlementReceipt(settlementId, requestId, own, List.copyOf(shared.values()), cash);
    }
}
