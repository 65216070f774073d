package cn.gongji.portal.ledger;

/**
 * A personal account at one moment: the balance, the part reserved for granted quotas, and what is available
 * (balance − reserved, D11). A person without a personal account has none.
 */
public record Balances(Money balance, Money reserved, Money available) {

    public static final Balances NONE = new Balances(Money.ZERO, Money.ZERO, Money.ZERO);

    /** D11: the balance is what is free plus what is reserved for the sharer's quotas. */
    static Balances of(Money available, Money reserved) {
        return new Balances(available.plus(reserved), reserved, available);
    }
}
