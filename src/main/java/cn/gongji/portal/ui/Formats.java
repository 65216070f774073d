package cn.gongji.portal.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import cn.gongji.portal.ledger.Money;

/**
 * How views write amounts and times. Money always carries its unit and two decimals (D28): {@code 1000.00 元},
 * {@code CNY 1000.00}. The digits are the canonical ones of {@link Money#toString()}, without grouping separators,
 * so that an amount reads the same on screen, in a CSV statement and in the API.
 */
public final class Formats {

    /** Times are shown as they are in China, whatever the server's zone. */
    public static final ZoneId PORTAL_ZONE = cn.gongji.portal.shared.PortalZone.ZONE;

    private Formats() {
    }

    /** An amount with its unit in the given language, e.g. {@code 1000.00 元} or {@code CNY 1000.00}. */
    public static String money(Money money, Locale locale) {
        return I18NProvider.translate(locale, "money.amount", money.toString());
    }

    /** A moment as a local date and time in China, e.g. {@code 2026年1月2日 14:03} or {@code Jan 2, 2026, 2:03 PM}. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(PORTAL_ZONE).format(instant);
    }

    /** A calendar date, e.g. {@code 2026年1月2日} or {@code Jan 2, 2026}. */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The date on which a moment falls in China. */
    public static String date(Instant instant, Locale locale) {
        return date(LocalDate.ofInstant(instant, PORTAL_ZONE), locale);
    }
}
