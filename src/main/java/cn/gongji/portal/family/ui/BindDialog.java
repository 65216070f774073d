package cn.gongji.portal.family.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.DialogParts;
import cn.gongji.portal.ui.Notices;

/**
 * Adding a relative (D3, D4, D5, D6, D7): his ID number, checked as it is typed (D1); the kinship as seen from the
 * sharer (no in-law kind exists, D3); the commitment letter in full and its acceptance (D7); then a
 * check-your-answers summary beside the one button that binds. A refusal (P4) shows next to the field it concerns, or
 * as a notification, and the dialog stays open with what was typed.
 */
class BindDialog extends Dialog {

    /** What the sharer fills in. */
    static final class Answers {
        private String relativeId = "";
        private Kinship kinship;
        private boolean accepted;

        String getRelativeId() {
            return relativeId;
        }

        void setRelativeId(String relativeId) {
            this.relativeId = relativeId;
        }

        Kinship getKinship() {
            return kinship;
        }

        void setKinship(Kinship kinship) {
            this.kinship = kinship;
        }

        boolean isAccepted() {
            return accepted;
        }

        void setAccepted(boolean accepted) {
            this.accepted = accepted;
        }
    }

    private final FamilyService family;
    private final long sharerId;
    private final Consumer<Relation> onBound;
    private final Binder<Answers> binder = new Binder<>();
    private final TextField relativeId;
    private final Select<Kinship> kinship;
    private final Checkbox accept = new Checkbox();

    BindDialog(FamilyService family, CommitmentLetter letter, long sharerId, Consumer<Relation> onBound) {
        this.family = family;
        this.sharerId = sharerId;
        this.onBound = onBound;
        setId("bind-dialog");
        setHeaderTitle(getTranslation("bind.title"));
        addClassName("portal-dialog");
        setWidth("min(46rem, 100vw)");

        relativeId = RelativeFields.idNumber("relative-id", getTranslation("bind.relativeId"),
                getTranslation("bind.relativeId.hint"));
        kinship = RelativeFields.kinship(this, "relation-kind", getTranslation("bind.kinship"),
                getTranslation("bind.kinship.hint"));

        Div letterText = new LetterText("commitment-letter", letter, getLocale(), getTranslation("bind.letter"));

        accept.setId("commitment-accept");
        accept.setLabel(getTranslation("bind.accept"));

        binder.forField(relativeId)
                .asRequired(getTranslation("bind.relativeId.required"))
                .withValidator(RelativeFields::checkWhileTyping)
                .bind(Answers::getRelativeId, Answers::setRelativeId);
        binder.forField(kinship)
                .asRequired(getTranslation("bind.kinship.required"))
                .bind(Answers::getKinship, Answers::setKinship);
        binder.forField(accept)
                .withValidator(Boolean::booleanValue, getTranslation(Refusal.COMMITMENT_NOT_ACCEPTED.messageKey()))
                .bind(Answers::isAccepted, Answers::setAccepted);
        binder.setBean(new Answers());
        Div summary = DialogParts.answersCheck(binder, null, () -> List.of(
                new String[] {getTranslation("bind.relativeId"), RelativeFields.typed(this, relativeId)},
                new String[] {getTranslation("bind.kinship"), RelativeFields.chosen(this, kinship)},
                new String[] {getTranslation("bind.letter"), getTranslation(
                        accept.getValue() ? "bind.check.accepted" : "bind.check.notAccepted")}),
                () -> getTranslation("bind.check.effect"));
        summary.setId("bind-summary");

        add(relativeId, kinship, new H3(getTranslation("bind.letter")), letterText, accept, summary);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("bind-cancel");
        Button submit = new Button(getTranslation("bind.submit"), click -> submit());
        submit.setId("bind-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, submit);
        // The first question has the focus as the dialog opens, so a keyboard user starts typing at once (issue 12).
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                relativeId.focus();
            }
        });
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        Answers answers = binder.getBean();
        try {
            Relation relation = family.bind(sharerId, answers.getRelativeId(), answers.getKinship(),
                    answers.isAccepted(), Actor.citizen(sharerId));
            close();
            onBound.accept(relation);
        } catch (RefusedException refused) {
            showRefusal(refused.refusal());
        }
    }

    /** P4: next to the field the reason is about, else as a notification; nothing was changed either way. */
    private void showRefusal(Refusal refusal) {
        String text = getTranslation(refusal.messageKey());
        if (Arrays.asList(Refusal.INVALID_ID_NUMBER, Refusal.SAME_PERSON, Refusal.RECIPIENT_NOT_INSURED,
                Refusal.RECIPIENT_INSURANCE_ENDED, Refusal.ALREADY_BOUND, Refusal.RECIPIENT_WALLET_NOT_OPENED,
                Refusal.KINSHIP_NOT_ELIGIBLE)
                .contains(refusal)) {
            relativeId.setErrorMessage(text);
            relativeId.setInvalid(true);
            relativeId.focus();
        } else if (refusal == Refusal.KINSHIP_OUTSIDE_REGION_SCOPE) {
            kinship.setErrorMessage(text);
            kinship.setInvalid(true);
            kinship.focus();
        } else if (refusal == Refusal.COMMITMENT_NOT_ACCEPTED) {
            accept.setErrorMessage(text);
            accept.setInvalid(true);
            accept.focus();
        }
        // Also announced as a notification, so the reason is read out wherever the focus is.
        Notices.refused(refusal);
    }
}
