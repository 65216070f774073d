package cn.gongji.portal.casework.ui;

import static cn.gongji.portal.casework.ui.CaseParts.fact;
import static cn.gongji.portal.casework.ui.CaseParts.facts;

import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ui.Formats;

/**
 * One relation on a case: the relative masked (D2), kinship, mode, status and quota (D10), the actions the channel
 * allows — at the hall grant, revoke and dissolve; on the phone what {@link PhoneDesk} offers — and the relation's
 * timeline (P6), read when the agent opens it.
 */
final class RelationCard extends Div {

    private final HistoryService history;

    RelationCard(RelationLine line, long personId, CaseworkService casework, HistoryService history, PhoneDesk phone,
                 Supplier<CounterActions> counter) {
        this.history = history;
        setId("relation-" + line.relationId());
        addClassName("portal-card");
        H3 who = new H3(line.relativeName() + " · " + getTranslation("kinship." + line.kinship()));
        DescriptionList facts = facts();
        fact(facts, getTranslation("case.relation.idNumber"), line.relativeMaskedId(), null);
        fact(facts, getTranslation("case.relation.mode"), getTranslation("mode." + line.mode()), null);
        String status = getTranslation("status." + line.status())
                + (line.endReason() == null ? "" : " (" + getTranslation("endReason." + line.endReason()) + ")");
        fact(facts, getTranslation("case.relation.status"), status, "relation-status-" + line.relationId());
        fact(facts, getTranslation("case.relation.since"), Formats.date(line.since(), getLocale()), null);
        if (line.quota() != null) {
            fact(facts, getTranslation("case.relation.granted"), money(line.quota().granted()), null);
            fact(facts, getTranslation("case.relation.used"), money(line.quota().used()), null);
            fact(facts, getTranslation("case.relation.available"), money(line.quota().available()),
                    "quota-available-" + line.relationId());
        }
        add(who, facts);

        Div actions = new Div();
        actions.addClassName("portal-actions");
        if (phone.onPhone()) {
            phone.relationButtons(line).forEach(actions::add);
        } else {
            if (line.takesQuotas()) {
                actions.add(button("counter.grant.action", "counter-grant-" + line.relationId(),
                        () -> counter.get().quota(line, true)));
                actions.add(button("counter.revoke.action", "counter-revoke-" + line.relationId(),
                        () -> counter.get().quota(line, false)));
            }
            if (line.status().isOpen()) {
                actions.add(button("counter.dissolve.action", "counter-dissolve-" + line.relationId(),
                        () -> counter.get().dissolve(line)));
            }
        }
        add(actions);

        // P6: the timeline, loaded when the agent opens it.
        UnorderedList events = new UnorderedList();
        events.addClassName("portal-timeline");
        Details timeline = new Details(getTranslation("case.relation.timeline"), events);
        timeline.setId("relation-timeline-" + line.relationId());
        timeline.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && events.getChildren().findAny().isEmpty()) {
                casework.timeline(personId, line.relationId()).forEach(e -> events.add(timelineItem(e)));
            }
        });
        add(timeline);
    }

    private ListItem timelineItem(LedgerEntry e) {
        StringBuilder text = new StringBuilder(Formats.dateTime(e.getOccurredAt(), getLocale()))
                .append(" · ").append(getTranslation("ledgerKind." + e.getKind()));
        if (e.getAmount() != null) {
            text.append(" · ").append(money(e.getAmount()));
        }
        text.append(" · ").append(getTranslation("channel." + e.getChannel()));
        if (e.getAgent() != null) {
            text.append(" · ").append(getTranslation("case.timeline.agent", e.getAgent()));
        }
        if (e.getReason() != null) {
            text.append(" · ").append(getTranslation("case.timeline.reason", reasonText(e.getReason())));
        }
        return new ListItem(text.toString());
    }

    /**
     * A ledger entry's reason: an end reason or a quota's end date in the reader's words (the statement's own
     * wording, {@link HistoryService#describeReason}), otherwise an agent's or the registry's words as written — staff
     * may read them, citizens never do (D24).
     */
    private String reasonText(String reason) {
        String described = history.describeReason(reason, getLocale());
        return described.isEmpty() ? reason : described;
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }

    private String money(Money amount) {
        return Formats.money(amount, getLocale());
    }
}
