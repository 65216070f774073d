package cn.gongji.portal.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongji.portal.identity.People;
import cn.gongji.portal.ledger.Balances;
import cn.gongji.portal.ledger.Explanation.Figure;
import cn.gongji.portal.ledger.Explanation.Line;
import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.KindTotal;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.QuotaMovement;

/**
 * "Where did this fen go" (issue 12): the balance, reserved and available figures of a personal account, each
 * explained by the ledger entries that make it up (D25), so that the lines add up exactly to the figure shown.
 * Nothing is recomputed from the account and quota rows: the lines are sums of the entries' deltas, and the figure
 * shown ({@link LedgerService#balances}) is read in the same transaction beside them.
 *
 * <p>Readable for an elderly person: the balance lists its {@value #LATEST} latest entries one by one and sums the
 * earlier ones per kind (one line each, with their count and dates); the reserved part lists each quota that still
 * reserves money, with what was granted, used and given back; available is shown as the subtraction it is (D11).
 * Other people appear only masked (D2) and no line can carry care detail (D24): {@link Explanation}'s lines have no
 * field for it.
 */
@Service
// One snapshot for the figure and its lines (InnoDB and H2 both read a consistent snapshot at REPEATABLE READ), so
// that a spend committed between the reads cannot make them disagree.
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public class BalanceExplanations {

    /** How many of the latest balance entries are listed one by one; earlier ones are summed per kind. */
    static final int LATEST = 10;

    private final LedgerService ledger;
    private final QuotaRepository quotas;
    private final People people;
    private final Clock clock;

    BalanceExplanations(LedgerService ledger, QuotaRepository quotas, People people, Clock clock) {
        this.ledger = ledger;
        this.quotas = quotas;
        this.people = people;
        this.clock = clock;
    }

    /** {@code #account-balance}: money paid in, less what was spent from the account, plus refunds (D25). */
    public Explanation balance(long personId) {
        return new Explanation(Figure.ACCOUNT_BALANCE, ledger.balances(personId).balance(), balanceLines(personId));
    }

    /** {@code #reserved-balance}: the unused part of each quota the person granted (D10, D11). */
    public Explanation reserved(long personId) {
        return new Explanation(Figure.RESERVED, ledger.balances(personId).reserved(), reservedLines(personId));
    }

    /** {@code #available-balance}: balance − reserved (D11), each of the two as its own lines add up. */
    public Explanation available(long personId) {
        Balances shown = ledger.balances(personId);
        BigDecimal balance = sum(balanceLines(personId));
        BigDecimal reserved = sum(reservedLines(personId));
        return new Explanation(Figure.AVAILABLE, shown.available(), List.of(
                new Explanation.Part(Figure.ACCOUNT_BALANCE, balance),
                new Explanation.Part(Figure.RESERVED, reserved.negate())));
    }

    private List<Line> balanceLines(long personId) {
        List<LedgerEntry> latest = ledger.latestOnBalance(personId, LATEST);
        Set<Long> others = new HashSet<>();
        latest.forEach(e -> {
            Long other = counterParty(personId, e);
            if (other != null) {
                others.add(other);
            }
        });
        Map<Long, String> names = maskedNames(others);
        List<Line> lines = new ArrayList<>();
        for (LedgerEntry e : latest) {
            Long other = counterParty(personId, e);
            lines.add(new Explanation.Entry(e.getOccurredAt(), e.getKind(), e.getUseKind(),
                    other == null ? null : names.get(other), e.getBalanceDelta()));
        }
        if (latest.size() == LATEST) {
            // Everything older than the last entry listed, one line per kind, oldest kinds of money first.
            ledger.balanceBefore(personId, latest.getLast().getId()).stream()
                    .sorted(Comparator.comparing(KindTotal::kind))
                    .forEach(k -> lines.add(new Explanation.Earlier(k.kind(), k.count(), k.first(), k.last(),
                            k.sum())));
        }
        return lines;
    }

    private List<Line> reservedLines(long personId) {
        // Per quota, oldest grant first (the order quotas are spent in, D17).
        Map<Long, QuotaSums> byQuota = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (QuotaMovement m : ledger.reservedByQuota(personId)) {
            byQuota.computeIfAbsent(m.quotaId(), id -> new QuotaSums()).add(m);
        }
        Map<Long, Quota> rows = quotas.findAllById(byQuota.keySet().stream().filter(id -> id != null).toList())
                .stream().collect(Collectors.toMap(Quota::getId, Function.identity()));
        Map<Long, String> names = maskedNames(rows.values().stream().map(Quota::getRecipientId)
                .collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = new ArrayList<>();
        long usedUp = 0;
        for (Map.Entry<Long, QuotaSums> e : byQuota.entrySet()) {
            QuotaSums s = e.getValue();
            BigDecimal left = s.left();
            if (left.signum() == 0) {
                usedUp++;
                continue;
            }
            Quota quota = rows.get(e.getKey());
            lines.add(new Explanation.QuotaLeft(quota == null ? null : names.get(quota.getRecipientId()),
                    quota == null ? null : quota.getGrantedAt(), quota == null ? null : quota.getEndDate(),
                    quota != null && quota.isExpiredOn(today), new Money(s.granted), new Money(s.used),
                    new Money(s.givenBack), left));
        }
        if (usedUp > 0) {
            lines.add(new Explanation.QuotasUsedUp(usedUp, BigDecimal.ZERO.setScale(2)));
        }
        return lines;
    }

    /** The other person of an entry on the viewer's account, if any: the relative whose use of his money it was. */
    private static Long counterParty(long viewerId, LedgerEntry e) {
        if (e.getRecipientId() != null && e.getRecipientId() != viewerId) {
            return e.getRecipientId();
        }
        if (e.getSharerId() != null && e.getSharerId() != viewerId) {
            return e.getSharerId();
        }
        return null;
    }

    private Map<Long, String> maskedNames(Set<Long> ids) {
        return people.maskedNames(ids);
    }

    private static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** One quota's reserved deltas, by what moved them. */
    private static final class QuotaSums {

        BigDecimal granted = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal givenBack = BigDecimal.ZERO;
        BigDecimal other = BigDecimal.ZERO;

        void add(QuotaMovement m) {
            BigDecimal delta = m.reservedDelta();
            switch (m.kind()) {
                case QUOTA_GRANTED -> granted = granted.add(delta);
                // A spend lowers the reserve; a refund back into the quota (D20) raises it again: net use.
                case QUOTA_SPENT, QUOTA_REFUNDED -> used = used.subtract(delta);
                case QUOTA_REVOKED, QUOTA_RELEASED, QUOTA_EXPIRED -> givenBack = givenBack.subtract(delta);
                default -> other = other.add(delta);
            }
        }

        BigDecimal left() {
            return granted.subtract(used).subtract(givenBack).add(other).setScale(2);
        }
    }
}
