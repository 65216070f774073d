package cn.gongji.portal.family.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ui.Formats;

/**
 * P6: what happened to a relation, newest first, with who acted, through which channel and why — for either party,
 * who sees the other masked (D2) and never the institution's name (D24).
 */
final class RelationTimeline extends Section {

    private final FamilyService family;
    private final HistoryService history;
    private final long personId;

    RelationTimeline(FamilyService family, HistoryService history, long personId, long relationId) {
        this.family = family;
        this.history = history;
        this.personId = personId;
        add(new H2(getTranslation("timeline.title")));
        addClassName("portal-section");
        OrderedList list = new OrderedList();
        list.setId("relation-timeline");
        list.addClassName("portal-timeline");
        List<LedgerEntry> entries = new ArrayList<>(family.timeline(personId, relationId));
        Collections.reverse(entries);
        for (LedgerEntry e : entries) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(e.getOccurredAt(), getLocale()));
            when.addClassName("portal-timeline-time");
            StringBuilder what = new StringBuilder(getTranslation("ledgerKind." + e.getKind()));
            if (e.getAmount() != null) {
                what.append(' ').append(Formats.money(e.getAmount(), getLocale()));
            }
            if (e.getUseKind() != null) {
                what.append("（").append(getTranslation("useKind." + e.getUseKind())).append("）");
            }
            Span event = new Span(what.toString());
            event.addClassName("portal-timeline-event");
            StringBuilder by = new StringBuilder(getTranslation("timeline.by", actor(e),
                    getTranslation("channel." + e.getChannel())));
            String reason = history.describeReason(e.getReason(), getLocale());
            if (!reason.isEmpty()) {
                by.append(" · ").append(getTranslation("timeline.reason", reason));
            }
            Paragraph meta = new Paragraph(by.toString());
            meta.addClassName("portal-hint");
            item.add(when, event, meta);
            list.add(item);
        }
        add(list);
    }

    /**
     * Who acted, as the viewer may know it: himself, the other party (masked, D2), an agent on a party's behalf,
     * the registry or the system. An institution is never named (D24): only its channel is shown.
     */
    private String actor(LedgerEntry e) {
        Long actorId = Actor.personIdOf(e.getActor());
        String who;
        if (actorId != null) {
            who = actorId == personId ? getTranslation("timeline.actor.you") : family.maskedNameOf(actorId);
        } else {
            who = getTranslation("timeline.actor." + e.getChannel());
        }
        return e.getAgent() == null ? who : getTranslation("timeline.actor.agent", who);
    }
}
