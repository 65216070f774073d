package cn.gongji.portal.history;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;

import cn.gongji.portal.ledger.Money;

/**
 * Issue 12: shared money month by month, summed from the person's ledger entries (D25), for the use chart on
 * {@code /history}. Only months with something to show have rows, oldest first.
 *
 * <p>As a sharer he sees, per month and per relative, how much of his money was used and how much came back by a
 * refund — amounts and the masked name only: no kind of care, no institution, no detail (D24, D2).
 *
 * @param first    the first month summed
 * @param last     the last month summed (the current one)
 * @param given    his money used for relatives, as a sharer
 * @param received what relatives shared with him, as a recipient
 */
public record MonthlyUse(YearMonth first, YearMonth last, List<Given> given, List<Received> received) {

    public MonthlyUse {
        given = List.copyOf(given);
        received = List.copyOf(received);
    }

    public boolean isEmpty() {
        return given.isEmpty() && received.isEmpty();
    }

    /** The relatives of {@link #given}, in the order they first appear; names are masked (D2). */
    public List<String> recipients() {
        return List.copyOf(new LinkedHashSet<>(given.stream().map(Given::recipient).toList()));
    }

    /** The months of {@link #given}, oldest first. */
    public List<YearMonth> givenMonths() {
        return List.copyOf(new LinkedHashSet<>(given.stream().map(Given::month).toList()));
    }

    /** All the sharer's money used in a month, for every relative together. */
    public Money givenUsedIn(YearMonth month) {
        return given.stream().filter(g -> g.month().equals(month)).map(Given::used).reduce(Money.ZERO, Money::plus);
    }

    /**
     * One month and one relative, as the sharer sees it (D24).
     *
     * @param recipient the relative, masked (D2)
     * @param used      his money spent for the relative (from quotas and, in the same province, his account)
     * @param refunded  of that, what institutions gave back in the month (D20)
     */
    public record Given(YearMonth month, String recipient, Money used, Money refunded) {
    }

    /**
     * One month as the recipient sees it.
     *
     * @param granted  quota granted to him (D10)
     * @param used     shared money spent for him (quotas and same-province accounts, D9, D10)
     * @param refunded of that, what institutions gave back in the month (D20)
     */
    public record Received(YearMonth month, Money granted, Money used, Money refunded) {
    }
}
