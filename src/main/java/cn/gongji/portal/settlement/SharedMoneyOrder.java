package cn.gongji.portal.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/**
 * D17 and P1: the order in which a recipient's shared money is used — wallet quotas oldest grant first, then
 * same-province sharers' accounts oldest relation first, the recipient's own order of sharers (P1) before both.
 * It is the order of {@link SettlementService}'s payment plan without the per-bill parts (D18's codes), so that
 * a contribution (D14) and the order the recipient sees on his page follow the same rule as a bill.
 */
@Component
@Transactional(readOnly = true)
public class SharedMoneyOrder {

    /** One place shared money may come from: a quota of a wallet relation, or an account relation. */
    record Source(long relationId, long sharerId, Long quotaId) {

        boolean isQuota() {
            return quotaId != null;
        }
    }

    private final FamilyService family;
    private final WalletService wallet;

    SharedMoneyOrder(FamilyService family, WalletService wallet) {
        this.family = family;
        this.wallet = wallet;
    }

    /** Every source the recipient could use now, in the order it would be used. */
    List<Source> sourcesOf(long recipientId) {
        Map<Long, Relation> live = new LinkedHashMap<>();
        family.liveAsRecipient(recipientId).forEach(r -> live.put(r.getId(), r));
        List<Relation> owners = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Quota quota : wallet.spendableQuotas(recipientId)) {
            Relation relation = live.get(quota.getRelationId());
            if (relation != null) {
                sources.add(new Source(relation.getId(), relation.getSharerId(), quota.getId()));
                owners.add(relation);
            }
        }
        live.values().stream()
                .filter(r -> r.getMode() == SharingMode.ACCOUNT)
                .sorted(Comparator.comparing(Relation::getConfirmedAt).thenComparing(Relation::getId))
                .forEach(r -> {
                    sources.add(new Source(r.getId(), r.getSharerId(), null));
                    owners.add(r);
                });
        // P1 first; the stable sort keeps D17's order within and after the recipient's own order.
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            positions.add(i);
        }
        positions.sort(Comparator.comparing(i -> owners.get(i).getRecipientOrder(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return positions.stream().map(sources::get).toList();
    }

    /**
     * P1: the recipient's live relations in the order their money is used: his own order first, then D17's
     * (relations with nothing to use yet, such as a wallet relation without a quota, last). This is the list a
     * recipient reorders.
     */
    public List<Relation> orderOfUse(long recipientId) {
        Map<Long, Integer> firstUse = new LinkedHashMap<>();
        List<Source> sources = sourcesOf(recipientId);
        for (int i = 0; i < sources.size(); i++) {
            firstUse.putIfAbsent(sources.get(i).relationId(), i);
        }
        return family.liveAsRecipient(recipientId).stream()
                .sorted(Comparator.comparing(Relation::getRecipientOrder,
                                Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                        .thenComparing(r -> firstUse.getOrDefault(r.getId(), Integer.MAX_VALUE))
                        .thenComparing(Relation::getConfirmedAt).thenComparing(Relation::getId))
                .toList();
    }
}
