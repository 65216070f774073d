package cn.gongji.portal.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;

/**
 * D9, D10, D17 and P1: the shared money a recipient can use now, and the order in which it is used — wallet quotas
 * oldest grant first, then same-province sharers' accounts oldest relation first, the recipient's own order of
 * sharers (P1) before both. The one place these rules are written: a settlement plans a bill with it, a contribution
 * (D14) is paid with it, the funds look-up and the home page add it up, and the recipient's page shows its order.
 *
 * <p>What a source holds is read in one query: a quota's unused part if it has not passed its end date (P2, in the
 * portal's zone), a same-province sharer's available balance (D9: never his reserved quota money).
 */
@Component
@Transactional(readOnly = true)
public class SharedMoneyOrder {

    /**
     * One place shared money may come from: a quota of a wallet relation, or the account of an account relation.
     *
     * @param holds   what it could pay now
     * @param since   when the quota was granted, or when the account relation was confirmed (D17's "oldest")
     */
    record Source(long relationId, long sharerId, Long quotaId, Money holds, Instant since, Integer recipientOrder,
                  IdNumber sharerIdNumber, RegionCode sharerRegion) {

        boolean isQuota() {
            return quotaId != null;
        }

        PaymentSource kind() {
            return isQuota() ? PaymentSource.QUOTA : PaymentSource.SHARED_ACCOUNT;
        }

        Source holding(Money now) {
            return new Source(relationId, sharerId, quotaId, now, since, recipientOrder, sharerIdNumber, sharerRegion);
        }
    }

    private final JdbcClient jdbc;
    private final FamilyService family;
    private final Clock clock;

    SharedMoneyOrder(JdbcClient jdbc, FamilyService family, Clock clock) {
        this.jdbc = jdbc;
        this.family = family;
        this.clock = clock;
    }

    /** Every source the recipient could use now, in the order it would be used (also those holding nothing now). */
    List<Source> sourcesOf(long recipientId) {
        List<Source> sources = jdbc.sql("""
                        SELECT r.id, r.sharer_id, r.mode, r.recipient_order, r.confirmed_at, s.id_number, s.region_code,
                               a.available, q.id, q.amount - q.used - q.returned, q.granted_at
                        FROM relation r
                        JOIN person s ON s.id = r.sharer_id
                        LEFT JOIN account a ON a.person_id = r.sharer_id AND r.mode = 'ACCOUNT'
                        LEFT JOIN quota q ON q.relation_id = r.id AND r.mode = 'WALLET'
                                         AND q.amount > q.used + q.returned AND (q.end_date IS NULL OR q.end_date >= ?)
                        WHERE r.recipient_id = ? AND r.status = 'LIVE'""")
                .params(LocalDate.now(clock), recipientId)
                .query((rs, n) -> {
                    boolean wallet = SharingMode.WALLET.name().equals(rs.getString(3));
                    long quotaId = rs.getLong(9);
                    if (wallet && rs.wasNull()) {
                        return null;   // a wallet relation with nothing granted to spend
                    }
                    int order = rs.getInt(4);
                    Integer recipientOrder = rs.wasNull() ? null : order;
                    java.math.BigDecimal holds = wallet ? rs.getBigDecimal(10) : rs.getBigDecimal(8);
                    return new Source(rs.getLong(1), rs.getLong(2), wallet ? quotaId : null,
                            holds == null ? Money.ZERO : new Money(holds),
                            LedgerService.instant(rs, wallet ? 11 : 5), recipientOrder, new IdNumber(rs.getString(6)),
                            new RegionCode(rs.getString(7)));
                })
                .list();
        return inOrderOfUse(sources.stream().filter(s -> s != null).toList());
    }

    /** All the shared money the recipient can use now (D9, D10). */
    Money availableTo(long recipientId) {
        return sourcesOf(recipientId).stream().map(Source::holds).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The rule itself: a wallet relation's quotas oldest grant first, then account relations oldest first; the
     * relations the recipient ordered himself before all others (P1), D17's order kept within and after them.
     */
    static List<Source> inOrderOfUse(List<Source> sources) {
        List<Source> ordered = new ArrayList<>(sources);
        ordered.sort(Comparator.comparing(Source::isQuota).reversed()
                .thenComparing(Source::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.isQuota() ? s.quotaId() : s.relationId()));
        // P1 first; the sort is stable, so D17's order stays within and after the recipient's own order.
        ordered.sort(Comparator.comparing(Source::recipientOrder, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered;
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
