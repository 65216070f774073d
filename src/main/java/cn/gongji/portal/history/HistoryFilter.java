package cn.gongji.portal.history;

import java.time.LocalDate;

/**
 * Which part of his history a person asks for: a period of whole days in China (either end may be open) and a
 * group of kinds.
 *
 * @param from first day included, or {@code null} for the beginning
 * @param to   last day included, or {@code null} for today and later
 */
public record HistoryFilter(LocalDate from, LocalDate to, KindGroup kinds) {

    public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null, KindGroup.ALL);

    public HistoryFilter {
        if (kinds == null) {
            kinds = KindGroup.ALL;
        }
    }
}
