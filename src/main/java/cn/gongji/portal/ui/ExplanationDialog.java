package cn.gongji.portal.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.Explanation.Figure;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;

/**
 * "Where did this fen go" (issue 12): the lines that make up one figure of the home page and their total, which
 * equals the figure. It only shows what a service built ({@code BalanceExplanations}, {@code FundsService}); it adds
 * the lines up for the total row and nothing else. A plain table (date, what, amount, then the total) that a screen
 * reader reads with its headers; amounts carry their sign and unit, so nothing is told by colour alone.
 *
 * <p>Ids: the dialog {@code explain-<figure id>-dialog}, its lines {@code explain-<figure id>-lines}, the total
 * {@code explain-<figure id>-total} and the close button {@code explain-<figure id>-close}.
 */
final class ExplanationDialog extends Dialog {

    private final Locale locale;

    ExplanationDialog(String figureId, Explanation explanation) {
        this.locale = UI.getCurrent().getLocale();
        String figure = explanation.figure().name();
        setId("explain-" + figureId + "-dialog");
        addClassName("explain-dialog");
        setHeaderTitle(getTranslation("explain." + figure + ".title"));
        setWidth("56rem");
        setMaxWidth("100%");
        add(new Paragraph(getTranslation("explain." + figure + ".intro")));

        NativeTable table = new NativeTable();
        table.setId("explain-" + figureId + "-lines");
        table.addClassName("explain-table");
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(header("explain.column.date", null), header("explain.column.what", null),
                header("explain.column.amount", "explain-amount")));
        NativeTableBody body = table.getBody();
        if (explanation.lines().isEmpty()) {
            NativeTableCell none = new NativeTableCell(getTranslation("explain.empty"));
            none.setColspan(3);
            body.addRows(new NativeTableRow(none));
        }
        for (Explanation.Line line : explanation.lines()) {
            NativeTableCell amount = new NativeTableCell(signed(line.amount()));
            amount.addClassName("explain-amount");
            body.addRows(new NativeTableRow(new NativeTableCell(date(line)), new NativeTableCell(what(line)),
                    amount));
        }
        NativeTableFooter foot = table.getFoot();
        NativeTableHeaderCell totalLabel = new NativeTableHeaderCell(getTranslation("explain.total." + figure));
        totalLabel.getElement().setAttribute("colspan", "2");
        totalLabel.getElement().setAttribute("scope", "row");
        BigDecimal sum = explanation.total();
        NativeTableCell total = new NativeTableCell(sum.signum() < 0 ? signed(sum)
                : Formats.money(new Money(sum), locale));
        total.setId("explain-" + figureId + "-total");
        total.addClassName("explain-amount");
        foot.addRows(new NativeTableRow(totalLabel, total));
        add(table);

        Button close = new Button(getTranslation("explain.close"), click -> close());
        close.setId("explain-" + figureId + "-close");
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }

    private NativeTableHeaderCell header(String key, String className) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        if (className != null) {
            cell.addClassName(className);
        }
        return cell;
    }

    private String date(Explanation.Line line) {
        return switch (line) {
            case Explanation.Entry e -> date(e.at());
            case Explanation.Earlier e -> LocalDate.ofInstant(e.first(), Formats.PORTAL_ZONE)
                    .equals(LocalDate.ofInstant(e.last(), Formats.PORTAL_ZONE)) ? date(e.first())
                    : getTranslation("explain.period", date(e.first()), date(e.last()));
            case Explanation.QuotaLeft q -> date(q.grantedAt());
            case Explanation.SharedQuota q -> date(q.grantedAt());
            case Explanation.QuotasUsedUp u -> "";
            case Explanation.Part p -> "";
            case Explanation.SharedAccount a -> "";
        };
    }

    private String what(Explanation.Line line) {
        return switch (line) {
            case Explanation.Entry e -> entry(e.kind(), e.useKind(), e.counterParty());
            case Explanation.Earlier e -> getTranslation("explain.earlier", e.count(),
                    getTranslation("ledgerKind." + e.kind()));
            case Explanation.QuotaLeft q -> getTranslation("explain.quota", name(q.recipient()), money(q.granted()),
                    money(q.used()), money(q.givenBack())) + end(q.endDate(), q.ended());
            case Explanation.QuotasUsedUp u -> getTranslation("explain.quotasUsedUp", u.quotas());
            case Explanation.Part p -> getTranslation(p.figure() == Figure.RESERVED ? "explain.part.reserved"
                    : "explain.part.balance");
            case Explanation.SharedQuota q -> getTranslation("explain.sharedQuota", name(q.sharer()))
                    + end(q.endDate(), false);
            case Explanation.SharedAccount a -> getTranslation("explain.sharedAccount", name(a.sharer()));
        };
    }

    /** What an entry was, with what the money paid for (D24: the kind only) and the relative, masked (D2). */
    private String entry(LedgerKind kind, UseKind use, String counterParty) {
        String what = getTranslation("ledgerKind." + kind);
        if (use != null) {
            what = getTranslation("explain.withUse", what, getTranslation("useKind." + use));
        }
        if (counterParty != null) {
            what = getTranslation("explain.withRelative", what, counterParty);
        }
        return what;
    }

    private String end(LocalDate endDate, boolean ended) {
        if (endDate == null) {
            return "";
        }
        return getTranslation(ended ? "explain.quota.ended" : "explain.quota.ends", Formats.date(endDate, locale));
    }

    private String name(String masked) {
        return masked == null ? "*" : masked;
    }

    private String date(Instant at) {
        return at == null ? "" : Formats.date(at, locale);
    }

    private String money(Money money) {
        return Formats.money(money, locale);
    }

    /** A line's amount with its sign and unit: {@code +1000.00 元}, {@code −120.00 元}, {@code 0.00 元}. */
    private String signed(BigDecimal amount) {
        String digits = amount.abs().setScale(2).toPlainString();
        String sign = amount.signum() > 0 ? "+" : amount.signum() < 0 ? "\u2212" : "";
        return I18NProvider.translate(locale, "money.amount", sign + digits);
    }
}
