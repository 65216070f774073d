package cn.gongji.portal.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * An amount of CNY, exact, with two decimals (D28). Never floating point. Non-negative: a debt is not money
 * the portal can hold.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** The sane upper bound of any single amount a person, an institution or the registry enters (D28). */
    public static final Money MAX_ENTERED = new Money(new BigDecimal("1000000.00"));
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Pattern TEXT = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,2})?");

    public Money {
        Objects.requireNonNull(amount);
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Not a money amount: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String text) {
        return new Money(new BigDecimal(text));
    }

    /**
     * Parses an amount someone entered: ASCII digits, at most two decimals, positive, at most
     * {@link #MAX_ENTERED}. Anything else is refused with INVALID_AMOUNT.
     */
    public static Money parsePositive(String text) {
        Money money = parse(text);
        if (money.isZero()) {
            throw new RefusedException(Refusal.INVALID_AMOUNT, "The amount must be more than 0.00");
        }
        return money;
    }

    /** Like {@link #parsePositive} but accepts 0.00 (amounts kept for the record only). */
    public static Money parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new RefusedException(Refusal.INVALID_AMOUNT,
                    "An amount has digits and at most two decimals, e.g. 150.00");
        }
        Money money = new Money(new BigDecimal(text));
        if (money.compareTo(MAX_ENTERED) > 0) {
            throw new RefusedException(Refusal.INVALID_AMOUNT, "The amount is larger than " + MAX_ENTERED);
        }
        return money;
    }

    /** Checks an amount that arrived as a number (e.g. from a form field) the same way as {@link #parsePositive}. */
    public static Money positive(BigDecimal value) {
        if (value == null) {
            throw new RefusedException(Refusal.INVALID_AMOUNT);
        }
        return parsePositive(value.stripTrailingZeros().toPlainString());
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** Subtraction that must not go below zero; a negative result is a programming error. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean covers(Money other) {
        return compareTo(other) >= 0;
    }

    public BigDecimal negated() {
        return amount.negate();
    }

    @Override
    public int compareTo(Money o) {
        return amount.compareTo(o.amount);
    }

    /** The canonical text: plain digits with two decimals, as the API writes amounts. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
