package cn.gongji.portal.family.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.VerbalCommitment;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.ViewParts;

/**
 * Issue 12, D7: on {@code /family}, what the sharer told the call centre and has not confirmed yet. Nothing has
 * changed through it; he reads the whole commitment letter, accepts it and signs online (channel ONLINE), or declines.
 * All the rules of a binding are checked again by {@link FamilyService#confirmVerbalCommitment}.
 */
final class PendingVerbalCommitments extends Section {

    private final FamilyService family;
    private final CommitmentLetter letter;
    private final long personId;
    private final Consumer<Relation> bound;

    /** @param bound what the page does once a relation is live (open it with its confirmation) */
    PendingVerbalCommitments(FamilyService family, CommitmentLetter letter, long personId, Consumer<Relation> bound) {
        this.family = family;
        this.letter = letter;
        this.personId = personId;
        this.bound = bound;
        setId("pending-verbal");
        addClassName("portal-section");
        render(null);
    }

    /** Whether there is anything to confirm. */
    boolean isEmpty() {
        return family.pendingVerbalCommitments(personId).isEmpty();
    }

    private void render(String declinedName) {
        removeAll();
        List<VerbalCommitment> pending = family.pendingVerbalCommitments(personId);
        add(new H2(getTranslation("verbal.title")));
        if (declinedName != null) {
            add(ViewParts.confirmation("pending-verbal-declined", getTranslation("verbal.declined.title"),
                    getTranslation("verbal.declined.text", declinedName)));
        }
        pending.forEach(v -> add(card(v)));
    }

    private Div card(VerbalCommitment v) {
        String name = family.maskedNameOf(v.getRecipientId());
        String kinship = getTranslation("kinship." + v.getKinship());
        Div card = new Div();
        card.setId("pending-verbal-" + v.getId());
        card.addClassName("portal-card");
        card.add(new H3(getTranslation("verbal.card.title", name, kinship)));
        card.add(ViewParts.hint(getTranslation("verbal.card.intro", Formats.dateTime(v.getRecordedAt(), getLocale()),
                v.getAgent(), name, kinship, Formats.dateTime(v.getExpiresAt(), getLocale()))));
        card.add(ViewParts.summary("pending-verbal-summary-" + v.getId(), List.of(
                new String[] {getTranslation("verbal.summary.relative"),
                        name + " " + family.maskedIdNumberOf(v.getRecipientId())},
                new String[] {getTranslation("verbal.summary.kinship"), kinship},
                new String[] {getTranslation("verbal.summary.recorded"), getTranslation("verbal.summary.recorded.value",
                        Formats.dateTime(v.getRecordedAt(), getLocale()), v.getAgent(),
                        getTranslation("channel." + v.getChannel()))},
                new String[] {getTranslation("verbal.summary.until"),
                        Formats.dateTime(v.getExpiresAt(), getLocale())})));

        card.add(new H3(getTranslation("bind.letter")));
        Div letterText = new LetterText("pending-verbal-letter-" + v.getId(), letter, getLocale(),
                getTranslation("bind.letter"));
        Checkbox accept = new Checkbox(getTranslation("bind.accept"));
        accept.setId("pending-verbal-accept-" + v.getId());
        card.add(letterText, accept);

        Button confirm = new Button(getTranslation("verbal.confirm"), click -> {
            try {
                bound.accept(family.confirmVerbalCommitment(personId, v.getId(), accept.getValue(),
                        Actor.citizen(personId)));
            } catch (RefusedException refused) {
                if (refused.refusal() == Refusal.COMMITMENT_NOT_ACCEPTED) {
                    accept.setErrorMessage(getTranslation(refused.refusal().messageKey()));
                    accept.setInvalid(true);
                }
                Notices.refused(refused.refusal());
            }
        });
        confirm.setId("pending-verbal-confirm-" + v.getId());
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button decline = new Button(getTranslation("verbal.decline"), click -> {
            try {
                family.declineVerbalCommitment(personId, v.getId(), Actor.citizen(personId));
            } catch (RefusedException refused) {
                Notices.refused(refused.refusal());
            }
            render(name);
        });
        decline.setId("pending-verbal-decline-" + v.getId());
        Div actions = new Div(confirm, decline);
        actions.addClassName("portal-actions");
        card.add(actions);
        return card;
    }
}
