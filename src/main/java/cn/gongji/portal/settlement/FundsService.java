package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.PersonRepository;
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
    private final PersonRepository persons;
    private final SharedMoneyOrder order;
    private final FundsLookupRepository lookups;
    private final Clock clock;

    FundsService(LedgerService ledger, WalletService wallet, PersonRepository persons,
                 SharedMoneyOrder order, FundsLookupRepository lookups, Clock clock) {
        this.order = order;
        this.ledger = ledger;
        this.wallet = wallet;
        this.persons = persons;
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
        Person patient = persons.findByIdNumber(patientId)
                .orElseThrow(() -> new RefusedException(Refusal.PERSON_NOT_FOUND));
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
