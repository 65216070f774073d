package cn.gongji.portal.settlement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/** What a patient could use now (the funds look-up of institutions and the citizen's home page). */
@Service
@Transactional(readOnly = true)
public class FundsService {

    private final LedgerService ledger;
    private final WalletService wallet;
    private final FamilyService family;

    FundsService(LedgerService ledger, WalletService wallet, FamilyService family) {
        this.ledger = ledger;
        this.wallet = wallet;
        this.family = family;
    }

    public Funds fundsOf(long personId) {
        return new Funds(ledger.balances(personId).available(), sharedAvailable(personId));
    }

    /**
     * All live shared money a recipient can use: unused, unexpired wallet quotas (D10) and what is available in
     * each same-province sharer's account (D9). The same sharer's money counts once per relation.
     */
    public Money sharedAvailable(long recipientId) {
        Money quotas = wallet.spendableQuotas(recipientId).stream().map(Quota::unused).reduce(Money.ZERO, Money::plus);
        Money accounts = family.liveAsRecipient(recipientId).stream()
                .filter(r -> r.getMode() == SharingMode.ACCOUNT)
                .map(Relation::getSharerId)
                .distinct()
                .map(sharer -> ledger.balances(sharer).available())
                .reduce(Money.ZERO, Money::plus);
        return quotas.plus(accounts);
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
