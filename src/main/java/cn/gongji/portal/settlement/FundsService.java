package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.People;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.wallet.WalletService;

/** What a patient could use now (the funds look-up of institutions and the citizen's home page). */
@Service
@Transactional(readOnly = true)
public class FundsService {

    private final LedgerService ledger;
    private final WalletService wallet;
    private final People people;
    private final SharedMoneyOrder order;
    private final FundsLookupRepository lookups;
    private final Clock clock;

    FundsService(LedgerService ledger, WalletService wallet, People people,
                 SharedMoneyOrder order, FundsLookupRepository lookups, Clock clock) {
        this.order = order;
        this.ledger = ledger;
        this.wallet = wallet;
        this.people = people;
        this.lookups = lookups;
        this.clock = clock;
    }

    public Funds fundsOf(long personId) {
        return new Funds(ledger.balances(personId).available(), sharedAvailable(personId));
    }

    /**
     * An institution asks what a patient could use now (api.md). The look-up is logged whatever the answer, in
     * the same transaction: no answer leaves the portal without its log entry.
     *
     * @throws RefusedException PERSON_NOT_FOUND for an unknown ID number; PATIENT_NOT_INSURED when his insurance
     *                          has ended (he could not settle, so there is nothing he could use)
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public Funds lookUp(String institutionCode, IdNumber patientId) {
        Person patient = people.require(patientId);
        lookups.save(new FundsLookup(institutionCode, patient.getId(), Instant.now(clock)));
        if (!patient.isActive()) {
            // The log entry stays (no rollback for a refusal): the institution did learn that he is not insured.
            throw new RefusedException(Refusal.PATIENT_NOT_INSURED);
        }
        return fundsOf(patient.getId());
    }

    /** The look-ups of a patient, newest first: the read side of the look-up log (every institution's look-up is kept; no screen shows it yet). */
    public List<FundsLookup> lookupsOf(long patientId) {
        return lookups.findByPatientIdOrderByIdDesc(patientId);
    }

    /**
     * All live shared money a recipient can use now: unused, unexpired wallet quotas (D10, P2) and what is available
     * in each same-province sharer's account (D9) — the sum of {@link SharedMoneyOrder}'s sources.
     */
    public Money sharedAvailable(long recipientId) {
        return order.availableTo(recipientId);
    }

    /**
     * Issue 12: {@code #shared-available} explained — one line per source of {@link SharedMoneyOrder}, in the order
     * its money would be used (D17, P1): each quota with its relative's masked name (D2), grant and end date (P2), and
     * each same-province relative's available balance (D9). The lines are the very sources whose sum is
     * {@link #sharedAvailable}, so they add up to it exactly.
     */
    public Explanation explainSharedAvailable(long recipientId) {
        List<SharedMoneyOrder.Source> sources = order.sourcesOf(recipientId);
        Map<Long, String> names = people.maskedNames(sources.stream().map(SharedMoneyOrder.Source::sharerId)
                .collect(Collectors.toSet()));
        Map<Long, LocalDate> endDates = wallet.endDatesOf(sources.stream().filter(SharedMoneyOrder.Source::isQuota)
                .map(SharedMoneyOrder.Source::quotaId).toList());
        List<Explanation.Line> lines = new ArrayList<>();
        Money shown = Money.ZERO;
        for (SharedMoneyOrder.Source s : sources) {
            String sharer = names.get(s.sharerId());
            lines.add(s.isQuota()
                    ? new Explanation.SharedQuota(sharer, s.since(), endDates.get(s.quotaId()), s.holds().amount())
                    : new Explanation.SharedAccount(sharer, s.holds().amount()));
            shown = shown.plus(s.holds());
        }
        // The figure the home page shows is this same sum (availableTo), read here from the same sources.
        return new Explanation(Explanation.Figure.SHARED_AVAILABLE, shown, lines);
    }

    /**
     * What the recipient can still use through one relation: the unused, unexpired quota of a wallet relation
     * (D10), or what is available in the sharer's account for a same-province one (D9); nothing once it has ended.
     */
    public Money availableThrough(Relation relation) {
        if (!relation.isLive()) {
            return Money.ZERO;
        }
        return relation.getMode() == SharingMode.WALLET ? wallet.summary(relation.getId()).available()
                : ledger.balances(relation.getSharerId()).available();
    }
}
