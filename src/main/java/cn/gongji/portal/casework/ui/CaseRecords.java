package cn.gongji.portal.casework.ui;

import static cn.gongji.portal.casework.ui.CaseParts.hint;
import static cn.gongji.portal.casework.ui.CaseParts.section;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CounterAction;
import cn.gongji.portal.casework.LedgerLine;
import cn.gongji.portal.casework.NotificationLine;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.NotificationText;

/**
 * The records of a case, read-only, as the agent reads them: the account's ledger page by page (D25), the
 * notifications the person was sent, the supervisor's flags, and what agents did at the counter or on the phone (D7).
 * All comes from the case file read when the case was opened and logged (D26), except the ledger, which the same
 * service pages.
 */
final class CaseRecords {

    private static final int LEDGER_PAGE = 20;

    private final Desk desk;
    private final Component owner;
    private final CaseFile file;

    CaseRecords(Desk desk) {
        this.desk = desk;
        this.owner = desk.owner();
        this.file = desk.file();
    }

    List<Section> sections() {
        return List.of(ledger(), notifications(), flags(), counterActions());
    }

    private Section ledger() {
        Section section = section(owner, "case.ledger.title");
        Grid<LedgerLine> grid = new Grid<>();
        grid.setId("case-ledger");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setPageSize(LEDGER_PAGE);
        grid.addColumn(l -> Formats.dateTime(l.entry().getOccurredAt(), desk.locale()))
                .setHeader(t("case.ledger.when")).setAutoWidth(true);
        grid.addColumn(l -> t("ledgerKind." + l.entry().getKind()))
                .setHeader(t("case.ledger.kind")).setAutoWidth(true);
        grid.addColumn(l -> l.entry().getAmount() == null ? "" : money(l.entry().getAmount()))
                .setHeader(t("case.ledger.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> l.counterparty() == null ? "" : l.counterparty())
                .setHeader(t("case.ledger.counterparty")).setAutoWidth(true);
        grid.addColumn(l -> t("channel." + l.entry().getChannel())
                        + (l.entry().getAgent() == null ? "" : " · " + l.entry().getAgent()))
                .setHeader(t("case.ledger.by")).setAutoWidth(true);
        long personId = file.personId();
        grid.setItems(query -> desk.casework().ledger(personId,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setHeight("24rem");
        section.add(grid);
        return section;
    }

    private Section notifications() {
        return list("case.notifications.title", "case-notifications", "case.notifications.none",
                file.notifications(), n -> Formats.dateTime(n.sentAt(), desk.locale()) + " · "
                        + NotificationText.of(owner::getTranslation, parts(n)));
    }

    private NotificationText.Parts parts(NotificationLine n) {
        return new NotificationText.Parts(n.kind(), n.otherName(), n.amount() == null ? null : money(n.amount()),
                n.useKind(), n.reason(), n.agent(), n.channel());
    }

    private Section flags() {
        FlagTexts texts = new FlagTexts(owner);
        return list("case.flags.title", "case-flags", "case.flags.none", file.flags(),
                (FlagLine f) -> texts.raised(f) + " · " + texts.rule(f) + " · " + texts.facts(f) + " · "
                        + texts.status(f));
    }

    private Section counterActions() {
        return list("case.actions.title", "case-counter-actions", "case.actions.none", file.counterActions(),
                (CounterAction a) -> Formats.dateTime(a.getActedAt(), desk.locale()) + " · "
                        + t("counterAction." + a.getKind())
                        + (a.getAmount() == null ? "" : " " + money(a.getAmount())) + " · "
                        + t("channel." + a.getChannel()) + " · "
                        + owner.getTranslation("case.timeline.agent", a.getAgent()) + " · "
                        + owner.getTranslation("case.timeline.reason", a.getReason())
                        + PhoneDesk.checksOf(owner, a));
    }

    /** A titled plain list, one line of text per record, or a hint that there is none. */
    private <T> Section list(String titleKey, String id, String noneKey, List<T> records, Function<T, String> line) {
        Section section = section(owner, titleKey);
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("portal-plain-list");
        records.forEach(r -> list.add(new ListItem(line.apply(r))));
        if (records.isEmpty()) {
            section.add(hint(owner, noneKey));
        }
        section.add(list);
        return section;
    }

    private String t(String key) {
        return owner.getTranslation(key);
    }

    private String money(Money amount) {
        return desk.money(amount);
    }
}
