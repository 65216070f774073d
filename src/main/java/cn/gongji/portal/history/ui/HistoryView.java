package cn.gongji.portal.history.ui;

import java.time.LocalDate;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import cn.gongji.portal.history.HistoryFilter;
import cn.gongji.portal.history.HistoryLine;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.history.KindGroup;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.MainLayout;
import cn.gongji.portal.ui.ViewParts;

/**
 * P5: the person's statement — his ledger, newest first, filtered by period and kind, downloadable as CSV (built
 * by {@link HistoryService}) and printable (print styles hide everything but the statement). What each line may show
 * is decided by the service: a sharer's lines about his money's use carry no care detail (D24); the patient's own
 * lines carry it.
 */
@Route(value = "history", layout = MainLayout.class)
@RolesAllowed(Roles.CITIZEN)
@Menu(title = "menu.history", order = 40, icon = "vaadin:list")
public class HistoryView extends Main implements HasDynamicTitle {

    private final HistoryService history;
    private final long personId;
    private final java.util.Locale locale;
    private final Grid<HistoryLine> grid = new Grid<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Select<KindGroup> kind = new Select<>();
    private final Paragraph period = new Paragraph();
    /** The filter the grid and the download use; replaced whole, so the download thread reads a consistent one. */
    private volatile HistoryFilter filter = HistoryFilter.EVERYTHING;

    HistoryView(CurrentUser currentUser, HistoryService history, LedgerService ledger) {
        this.history = history;
        this.personId = currentUser.require().requirePersonId();
        // Read once: the download runs outside the UI's request, and a language switch builds a new view anyway.
        this.locale = getLocale();
        addClassName("portal-view");
        addClassName("portal-statement");
        add(new H1(getTranslation("history.title")));
        add(ViewParts.hint(getTranslation("history.intro")));

        from = ViewParts.datePicker(getTranslation("history.from"), getLocale());
        from.setId("history-from");
        from.setClearButtonVisible(true);
        from.setPlaceholder(getTranslation("history.period.any"));
        to = ViewParts.datePicker(getTranslation("history.to"), getLocale());
        to.setId("history-to");
        to.setClearButtonVisible(true);
        to.setPlaceholder(getTranslation("history.period.any"));
        kind.setId("history-kind");
        kind.setLabel(getTranslation("history.kind"));
        kind.setItems(KindGroup.values());
        kind.setItemLabelGenerator(k -> getTranslation("history.kind." + k));
        kind.setValue(KindGroup.ALL);
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        kind.addValueChangeListener(change -> applyFilter());
        Div filters = new Div(from, to, kind);
        filters.addClassName("portal-filters");

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = history.csv(personId, filter, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(csv), fileName(), "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("history.export"));
        export.setId("history-export");
        export.addClassName("portal-button-link");
        export.getElement().setAttribute("download", true);
        Button print = new Button(getTranslation("history.print"),
                click -> click.getSource().getElement().executeJs("window.print()"));
        print.setId("history-print");
        print.addThemeVariants(ButtonVariant.TERTIARY);
        Div actions = new Div(export, print);
        actions.addClassName("portal-actions");

        period.setId("history-period");
        period.addClassName("portal-statement-period");
        // Issue 12: shared money month by month, drawn, before the lines it sums.
        com.vaadin.flow.component.html.Section chart = ViewParts.section(getTranslation("useChart.title"));
        chart.addClassName("portal-use-chart");
        chart.add(new UseChart(history.monthlyUse(personId)));
        add(chart);
        add(filters, actions, period, grid(ledger.hasAccount(personId)));
        applyFilter();
    }

    /** @param ownAccount whether the person has a personal account, whose balance changes get a column */
    private Grid<HistoryLine> grid(boolean ownAccount) {
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("history.title"));
        // All rows in the page, fetched page by page: the statement scrolls with the page and prints whole.
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        grid.addColumn(l -> Formats.dateTime(l.occurredAt(), getLocale())).setHeader(getTranslation("history.column.time"))
                .setKey("time").setFlexGrow(1);
        grid.addColumn(this::what).setHeader(getTranslation("history.column.kind")).setKey("kind").setFlexGrow(2);
        grid.addColumn(l -> l.amount() == null ? "" : Formats.money(l.amount(), getLocale()))
                .setHeader(getTranslation("history.column.amount")).setKey("amount").setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.addColumn(this::balanceChange).setHeader(getTranslation("history.column.balanceChange"))
                .setKey("balanceChange").setTextAlign(ColumnTextAlign.END).setFlexGrow(1).setVisible(ownAccount);
        grid.addColumn(this::counterParty).setHeader(getTranslation("history.column.counterParty"))
                .setKey("counterParty").setFlexGrow(1);
        grid.addColumn(this::detail).setHeader(getTranslation("history.column.detail")).setKey("detail")
                .setFlexGrow(2);
        grid.setItems(query -> history.lines(personId, filter, PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        return grid;
    }

    private void applyFilter() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && end.isBefore(start)) {
            to.setErrorMessage(getTranslation("history.to.beforeFrom"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        filter = new HistoryFilter(start, end, kind.getValue());
        period.setText(getTranslation("history.period",
                start == null ? getTranslation("history.period.beginning") : Formats.date(start, getLocale()),
                end == null ? getTranslation("history.period.today") : Formats.date(end, getLocale()),
                getTranslation("history.kind." + filter.kinds())));
        grid.getDataProvider().refreshAll();
    }

    private String what(HistoryLine line) {
        String text = getTranslation("ledgerKind." + line.kind());
        if (line.useKind() != null) {
            text += "（" + getTranslation("useKind." + line.useKind()) + "）";
        }
        String reason = history.describeReason(line.reason(), getLocale());
        return reason.isEmpty() ? text : text + " · " + reason;
    }

    private String balanceChange(HistoryLine line) {
        if (line.balanceChange() == null) {
            return "";
        }
        Money size = new Money(line.balanceChange().abs());
        return (line.balanceChange().signum() < 0 ? "−" : "+") + Formats.money(size, getLocale());
    }

    private String counterParty(HistoryLine line) {
        if (line.counterParty() == null) {
            return "";
        }
        String role = Boolean.TRUE.equals(line.viewerIsSharer()) ? getTranslation("history.role.recipient")
                : getTranslation("history.role.sharer");
        return line.counterParty() + "（" + role + "）";
    }

    /** The care detail, only where the service gave one: the person's own bills (D24). */
    private String detail(HistoryLine line) {
        return line.detail().stream()
                .map(d -> d.label().isEmpty() ? d.value() : label(d.label()) + "：" + d.value())
                .collect(Collectors.joining("；"));
    }

    private String label(String key) {
        String translated = getTranslation("detail." + key);
        return translated.startsWith("!") || translated.startsWith("detail.") ? key : translated;
    }

    private String fileName() {
        return "statement-" + ViewParts.today() + ".csv";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title") + " · " + getTranslation("app.title");
    }
}
