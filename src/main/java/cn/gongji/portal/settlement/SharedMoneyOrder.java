package cn.gongji.portal.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

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
        return inOrderOfUse(family.liveAsRecipient(recipientId), wallet.spendableQuotas(recipientId), r -> true,
                (relation, quota) -> new Source(relation.getId(), relation.getSharerId(),
                        quota == null ? null : quota.getId()));
    }

    /**
     * The rule itself, over given relations and quotas — the one place D17's order of shared money and P1's
     * override are written down; {@link SettlementService} plans a bill with it too.
     *
     * @param live   the recipient's live relations
     * @param quotas his spendable quotas, oldest grant first
     * @param usable which relations may pay this time (D18: a settlement needs the sharer's code in some regions)
     * @param source makes a source of a relation and its quota (null for an account relation)
     * @return a wallet relation's quotas oldest grant first, then account relations oldest first; the relations the
     *         recipient ordered himself before all others (P1), D17's order kept within and after them
     */
    static <S> List<S> inOrderOfUse(List<Relation> live, List<Quota> quotas, Predicate<Relation> usable,
                                    BiFunction<Relation, Quota, S> source) {
        record Ranked<T>(Relation relation, T source) {
        }
        Map<Long, Relation> usableById = new LinkedHashMap<>();
        live.stream().filter(usable).forEach(r -> usableById.put(r.getId(), r));
        List<Ranked<S>> ranked = new ArrayList<>();
        for (Quota quota : quotas) {
            Relation relation = usableById.get(quota.getRelationId());
            if (relation != null) {
                ranked.add(new Ranked<>(relation, source.apply(relation, quota)));
            }
        }
        usableById.values().stream()
                .filter(r -> r.getMode() == SharingMode.ACCOUNT)
                .sorted(Comparator.comparing(Relation::getConfirmedAt).thenComparing(Relation::getId))
                .forEach(r -> ranked.add(new Ranked<>(r, source.apply(r, null))));
        // P1 first; the sort is stable, so D17's order stays within and after the recipient's own order.
        ranked.sort(Comparator.comparing(r -> r.relation().getRecipientOrder(),
                Comparator.nullsLast(Comparator.naturalOrder())));
        return ranked.stream().map(Ranked::source).toList();
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
