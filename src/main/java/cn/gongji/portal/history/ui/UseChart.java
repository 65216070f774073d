package cn.gongji.portal.history.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import cn.gongji.portal.history.MonthlyUse;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.SvgMarkup;

/**
 * Issue 12: the monthly use chart ({@code #use-chart}) on {@code /history} — a horizontal bar per month, drawn as SVG
 * on the server, and under each drawing the same figures as a real table (for screen readers, for exact amounts,
 * and for when the drawing cannot show). A sharer's part shows amounts per month and per masked relative only
 * (D24, D2); a recipient's part shows quota granted to him and shared money used for him.
 *
 * <p>Series differ by pattern as well as colour, and every bar carries its amount in words (WCAG 1.4.1).
 */
public class UseChart extends Div {

    /** Narrow on purpose: on a phone the drawing shrinks little, so its text stays readable. */
    static final int WIDTH = 440;
    private static final int BAR_X = 10;
    /** Leaves room after the longest bar for its amount ("授予 1000000.00 元", "granted CNY 1000000.00"). */
    private static final int BAR_MAX = 220;
    private static final int ROW_H = 70;
    /** Colours, each at least 4.5:1 on white, paired with a pattern so that none is told by colour alone. */
    private static final String[] COLOURS = {"#0b4f8a", "#8a3b00", "#1d6b34", "#5b2a86", "#7a1f3d", "#005f66"};
    private static final String[] PATTERNS = {"solid", "hatch", "dots", "cross"};

    private final MonthlyUse use;
    private final Locale locale;
    private final DateTimeFormatter monthFormat;

    public UseChart(MonthlyUse use) {
        this.use = use;
        this.locale = getLocale();
        this.monthFormat = DateTimeFormatter.ofPattern(getTranslation("useChart.monthPattern"), locale);
        setId("use-chart");
        addClassName("portal-picture");
        add(new Paragraph(getTranslation("useChart.period", month(use.first()), month(use.last()))));
        if (use.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("useChart.none"));
            none.setId("use-chart-none");
            add(none);
            return;
        }
        if (!use.given().isEmpty()) {
            add(new H3(getTranslation("useChart.given.title")));
            add(givenDrawing().toComponent("use-chart-given-svg"), scrolling(givenTable()));
        }
        if (!use.received().isEmpty()) {
            add(new H3(getTranslation("useChart.received.title")));
            add(receivedDrawing().toComponent("use-chart-received-svg"), scrolling(receivedTable()));
        }
    }

    // ---------- as a sharer: stacked bars, one segment per relative ----------

    private SvgMarkup givenDrawing() {
        List<String> recipients = use.recipients();
        List<YearMonth> months = use.givenMonths();
        int legendRows = (recipients.size() + 1) / 2;
        int top = 16 + legendRows * 32 + 8;
        int height = top + months.size() * ROW_H + 6;
        SvgMarkup svg = new SvgMarkup("use-chart-given-drawing", WIDTH, height,
                getTranslation("useChart.given.title"), getTranslation("useChart.given.summary", months.size(),
                        recipients.size()));
        for (int i = 0; i < recipients.size(); i++) {
            svg.pattern("r" + i, PATTERNS[i % PATTERNS.length], COLOURS[i % COLOURS.length]);
        }
        for (int i = 0; i < recipients.size(); i++) {
            double x = BAR_X + (i % 2) * (WIDTH / 2.0);
            double y = 16 + (i / 2) * 32;
            svg.rect(x, y, 24, 24, fill(svg, i), SvgMarkup.INK, 1.5, false, 3);
            svg.text(x + 34, y + 19, recipients.get(i), 18, false, "start", SvgMarkup.INK);
        }
        Money max = months.stream().map(use::givenUsedIn).reduce(Money.ZERO, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        double y = top;
        for (YearMonth month : months) {
            // The month above its bar, so that the bar has the whole width of a phone.
            svg.text(BAR_X, y + 20, month(month), 18, true, "start", SvgMarkup.INK);
            double x = BAR_X;
            for (MonthlyUse.Given g : use.given()) {
                if (!g.month().equals(month)) {
                    continue;
                }
                double w = length(g.used(), max);
                if (w > 0) {
                    svg.rect(x, y + 28, w, 30, fill(svg, recipients.indexOf(g.recipient())), SvgMarkup.INK, 1.5,
                            false, 0);
                    x += w;
                }
            }
            svg.text(x + 8, y + 49, Formats.money(use.givenUsedIn(month), locale), 18, true, "start", SvgMarkup.INK);
            y += ROW_H;
        }
        return svg;
    }

    private String fill(SvgMarkup svg, int i) {
        return svg.fill("r" + i, PATTERNS[i % PATTERNS.length], COLOURS[i % COLOURS.length]);
    }

    private NativeTable givenTable() {
        NativeTable table = table("use-chart-given-table", "useChart.given.caption", 2, "useChart.column.month",
                "useChart.column.recipient", "useChart.column.used", "useChart.column.refunded");
        NativeTableBody body = table.getBody();
        for (MonthlyUse.Given g : use.given()) {
            body.addRows(row(2, month(g.month()), g.recipient(), money(g.used()), money(g.refunded())));
        }
        return table;
    }

    // ---------- as a recipient: two bars a month, granted and used ----------

    private SvgMarkup receivedDrawing() {
        List<MonthlyUse.Received> rows = use.received();
        int top = 16 + 32 + 8;
        int rowH = 100;
        int height = top + rows.size() * rowH + 6;
        SvgMarkup svg = new SvgMarkup("use-chart-received-drawing", WIDTH, height,
                getTranslation("useChart.received.title"), getTranslation("useChart.received.summary", rows.size()));
        svg.pattern("used", "hatch", COLOURS[1]);
        String grantedFill = COLOURS[0];
        String usedFill = svg.fill("used", "hatch", COLOURS[1]);
        svg.rect(BAR_X, 16, 24, 24, grantedFill, SvgMarkup.INK, 1.5, false, 3);
        svg.text(BAR_X + 34, 35, getTranslation("useChart.column.granted"), 18, false, "start", SvgMarkup.INK);
        svg.rect(WIDTH / 2.0, 16, 24, 24, usedFill, SvgMarkup.INK, 1.5, false, 3);
        svg.text(WIDTH / 2.0 + 34, 35, getTranslation("useChart.column.usedForYou"), 18, false, "start",
                SvgMarkup.INK);
        Money max = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.granted(), r.used()))
                .reduce(Money.ZERO, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        double y = top;
        for (MonthlyUse.Received r : rows) {
            svg.text(BAR_X, y + 20, month(r.month()), 18, true, "start", SvgMarkup.INK);
            bar(svg, y + 28, length(r.granted(), max), grantedFill,
                    getTranslation("useChart.bar.granted", Formats.money(r.granted(), locale)));
            bar(svg, y + 62, length(r.used(), max), usedFill,
                    getTranslation("useChart.bar.used", Formats.money(r.used(), locale)));
            y += rowH;
        }
        return svg;
    }

    private static void bar(SvgMarkup svg, double y, double length, String fill, String label) {
        if (length > 0) {
            svg.rect(BAR_X, y, length, 28, fill, SvgMarkup.INK, 1.5, false, 0);
        }
        svg.text(BAR_X + length + 8, y + 21, label, 17, false, "start", SvgMarkup.INK);
    }

    private NativeTable receivedTable() {
        NativeTable table = table("use-chart-received-table", "useChart.received.caption", 1, "useChart.column.month",
                "useChart.column.granted", "useChart.column.usedForYou", "useChart.column.refunded");
        NativeTableBody body = table.getBody();
        for (MonthlyUse.Received r : use.received()) {
            body.addRows(row(1, month(r.month()), money(r.granted()), money(r.used()), money(r.refunded())));
        }
        return table;
    }

    // ---------- helpers ----------

    /** A wide table scrolls inside its own box on a phone instead of widening the whole page. */
    private static Div scrolling(NativeTable table) {
        Div box = new Div(table);
        box.addClassName("portal-chart-table-box");
        return box;
    }

    /** A bar's length; a small amount still shows as a sliver rather than vanish. */
    private static double length(Money amount, Money max) {
        if (amount.isZero() || max.isZero()) {
            return 0;
        }
        double share = amount.amount().doubleValue() / max.amount().doubleValue(); // drawing only, never money
        return Math.max(3, Math.round(share * BAR_MAX));
    }

    /** @param firstAmount the first column holding amounts (right-aligned, as money is in tables) */
    private NativeTable table(String id, String caption, int firstAmount, String... headerKeys) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("portal-chart-table");
        table.setCaptionText(getTranslation(caption));
        NativeTableHeader head = table.getHead();
        NativeTableRow header = new NativeTableRow();
        for (int i = 0; i < headerKeys.length; i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(headerKeys[i]));
            cell.getElement().setAttribute("scope", "col");
            if (i >= firstAmount) {
                cell.addClassName("portal-chart-money");
            }
            header.add(cell);
        }
        head.addRows(header);
        return table;
    }

    private static NativeTableRow row(int firstAmount, String... cells) {
        NativeTableRow row = new NativeTableRow();
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                NativeTableHeaderCell month = new NativeTableHeaderCell(cells[i]);
                month.getElement().setAttribute("scope", "row");
                row.add(month);
            } else {
                NativeTableCell cell = new NativeTableCell(cells[i]);
                if (i >= firstAmount) {
                    cell.addClassName("portal-chart-money");
                }
                row.add(cell);
            }
        }
        return row;
    }

    private String money(Money amount) {
        return Formats.money(amount, locale);
    }

    private String month(YearMonth month) {
        return monthFormat.format(month);
    }
}
