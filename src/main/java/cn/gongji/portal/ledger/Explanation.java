package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a figure on the home page comes from (issue 12): lines whose signed amounts add up exactly to the figure
 * shown (D25: balances are derived from the ledger). The lines carry only what the viewer may see: dates, kinds,
 * kinds of use, amounts and other people's masked names (D2) — never the care detail of anyone (D24).
 *
 * @param figure which figure is explained
 * @param shown  the figure as the page shows it, read in the same transaction as the lines
 * @param lines  in the order they are shown; their amounts add up to {@link #total()}
 */
public record Explanation(Figure figure, Money shown, List<Line> lines) {

    /** The figures of the home page that can be explained (ui.md: {@code #account-balance} and its neighbours). */
    public enum Figure {
        ACCOUNT_BALANCE, RESERVED, AVAILABLE, SHARED_AVAILABLE
    }

    public Explanation {
        lines = List.copyOf(lines);
    }

    /** The exact sum of the lines, two decimals. */
    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** Whether the lines add up exactly to the figure shown: always, while the ledger is conserved (D25). */
    public boolean addsUp() {
        return total().compareTo(shown.amount()) == 0;
    }

    /** One line: a signed amount (negative where money left or is taken away) and what it is. */
    public sealed interface Line permits Entry, Earlier, QuotaLeft, QuotasUsedUp, Part, SharedQuota, SharedAccount {

        BigDecimal amount();
    }

    /**
     * One ledger entry that changed the balance.
     *
     * @param counterParty the other person, masked (D2), or {@code null} (money paid in, the viewer's own spending)
     */
    public record Entry(Instant at, LedgerKind kind, UseKind useKind, String counterParty, BigDecimal amount)
            implements Line {
    }

    /** The entries of one kind older than those listed one by one: how many, from when to when, their exact sum. */
    public record Earlier(LedgerKind kind, long count, Instant first, Instant last, BigDecimal amount)
            implements Line {
    }

    /**
     * One quota's unused part, which is what it keeps reserved: {@code amount = granted − used − givenBack}.
     *
     * @param used      spent by the recipient, less what refunds put back into the quota (D20)
     * @param givenBack revoked (D10), released when the relation ended (D21, D22) or expired (P2)
     * @param ended     the quota has passed its end date and its unused part is about to go back (P2)
     */
    public record QuotaLeft(String recipient, Instant grantedAt, LocalDate endDate, boolean ended, Money granted,
                            Money used, Money givenBack, BigDecimal amount) implements Line {
    }

    /** Quotas with nothing left (used up or given back), counted together: they reserve nothing. */
    public record QuotasUsedUp(long quotas, BigDecimal amount) implements Line {
    }

    /** A whole other figure, added or taken away: available = balance − reserved (D11). */
    public record Part(Figure figure, BigDecimal amount) implements Line {
    }

    /** What a recipient can still use of one quota a relative granted him (D10, P2). */
    public record SharedQuota(String sharer, Instant grantedAt, LocalDate endDate, BigDecimal amount)
            implements Line {
    }

    /** What is available in the account of a relative in the same province (D9). */
    public record SharedAccount(String sharer, BigDecimal amount) implements Line {
    }
}
