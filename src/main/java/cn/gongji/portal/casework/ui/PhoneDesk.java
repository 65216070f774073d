package cn.gongji.portal.casework.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.CounterAction;
import cn.gongji.portal.casework.PhoneIdentity;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.casework.VerbalLine;
import cn.gongji.portal.family.VerbalCommitmentStatus;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.ui.Formats;

/**
 * Issue 12, D7: on a case, how the citizen is in contact — at the service hall or on the telephone — and, on the
 * telephone, the caller's identity check, what the phone can do (take back a quota, end a relation, record a verbal
 * commitment) and what it cannot (grant). Also the sharer's verbal commitments, which the hall can confirm with the
 * letter signed there. The case view asks it for the buttons of each relation.
 */
final class PhoneDesk extends Section {

    private final Channel contact;
    private final PhoneActions phone;

    /**
     * @param onContactChange what the case view does when the agent says how the citizen is in contact
     */
    PhoneDesk(Desk desk, Channel contact, Consumer<Channel> onContactChange) {
        this.contact = contact;
        this.phone = new PhoneActions(desk);
        CaseworkService casework = desk.casework();
        CaseFile file = desk.file();
        setId("phone-desk");
        addClassName("portal-section");
        add(new H2(getTranslation("phone.title")));

        RadioButtonGroup<Channel> channel = new RadioButtonGroup<>(getTranslation("phone.channel.label"));
        channel.setId("phone-channel");
        channel.setItems(Channel.SERVICE_HALL, Channel.CALL_CENTRE);
        channel.setItemLabelGenerator(c -> getTranslation("phone.channel." + c.name()));
        channel.setValue(contact);
        channel.addValueChangeListener(change -> {
            if (change.getValue() != null && change.getValue() != change.getOldValue()) {
                onContactChange.accept(change.getValue());
            }
        });
        add(channel);

        if (onPhone()) {
            Paragraph status = new Paragraph(identityText(casework.callerIdentity(file.personId()).orElse(null)));
            status.setId("phone-identity-status");
            status.getElement().setAttribute("role", "status");
            Button check = new Button(getTranslation("phone.check.action"), click -> phone.identityCheck());
            check.setId("phone-identity-check");
            check.addThemeVariants(ButtonVariant.PRIMARY);
            Paragraph noGrants = new Paragraph(getTranslation("phone.noGrants"));
            noGrants.setId("phone-no-grants");
            noGrants.addClassName("portal-hint");
            Div actions = new Div(check);
            actions.addClassName("portal-actions");
            if (file.balances() != null) {
                Button verbal = new Button(getTranslation("phone.verbal.action"), click -> phone.verbalCommitment());
                verbal.setId("phone-verbal-commitment");
                actions.add(verbal);
            }
            add(status, actions, noGrants);
        }

        List<VerbalLine> verbals = file.balances() == null ? List.of() : casework.verbalCommitments(file.personId());
        if (!verbals.isEmpty()) {
            add(new H3(getTranslation("phone.verbal.list")));
            UnorderedList list = new UnorderedList();
            list.setId("phone-verbal-list");
            list.addClassName("portal-plain-list");
            verbals.forEach(v -> list.add(item(v)));
            add(list);
        }
    }

    /** The buttons of a relation's card on the phone: take back quota, end the relation — never grant. */
    List<Component> relationButtons(RelationLine line) {
        List<Component> buttons = new java.util.ArrayList<>();
        if (line.takesQuotas()) {
            buttons.add(button("phone.revoke.action", "phone-revoke-" + line.relationId(), () -> phone.revoke(line)));
        }
        if (line.status().isOpen()) {
            buttons.add(button("phone.dissolve.action", "phone-dissolve-" + line.relationId(),
                    () -> phone.dissolve(line)));
        }
        return buttons;
    }

    boolean onPhone() {
        return contact == Channel.CALL_CENTRE;
    }

    private ListItem item(VerbalLine v) {
        ListItem item = new ListItem();
        item.setId("verbal-" + v.id());
        String text = getTranslation("phone.verbal.line", Formats.dateTime(v.recordedAt(), getLocale()),
                v.relativeName() + " " + v.relativeMaskedId(), getTranslation("kinship." + v.kinship()), v.agent(),
                getTranslation("verbalStatus." + v.status().name()),
                v.isPending() || v.status() == VerbalCommitmentStatus.EXPIRED
                        ? Formats.dateTime(v.expiresAt(), getLocale())
                        : v.resolvedChannel() == null ? "—" : getTranslation("channel." + v.resolvedChannel()));
        item.add(new Span(text));
        if (v.isPending() && !onPhone()) {
            item.add(button("hall.verbal.action", "hall-confirm-verbal-" + v.id(), () -> phone.confirmAtHall(v)));
        }
        return item;
    }

    /** Issue 12: on an identity check in the case's list of counter actions, which checks the caller passed. */
    static String checksOf(Component owner, CounterAction action) {
        if (action.getIdentityChecks() == null) {
            return "";
        }
        String checks = action.getIdentityChecks().isEmpty() ? owner.getTranslation("phone.check.none")
                : Arrays.stream(action.getIdentityChecks().split(","))
                        .map(c -> owner.getTranslation("phoneCheck." + c)).collect(Collectors.joining("; "));
        return " · " + owner.getTranslation("phone.check.passed") + ": " + checks;
    }

    private String identityText(PhoneIdentity identity) {
        if (identity == null) {
            return getTranslation("phone.identity.none");
        }
        String checks = identity.passed().isEmpty() ? getTranslation("phone.check.none")
                : identity.passed().stream().sorted().map(c -> getTranslation("phoneCheck." + c.name()))
                        .collect(Collectors.joining("; "));
        return getTranslation(identity.sufficient() ? "phone.identity.passed" : "phone.identity.failed",
                Formats.dateTime(identity.at(), getLocale()), identity.agent(), checks);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        return button;
    }
}
