package cn.gongji.portal.ledger;

/**
 * A personal account at one moment: the balance, the part reserved for granted quotas, and what is available
 * (balance − reserved, D11). A person without a personal account has none.
 */
public record Balances(Money balance, Money reserved, Money available) {

    public static final Balances NONE = new Balances(Money.ZERO, Money.ZERO, Money.ZERO);
}
