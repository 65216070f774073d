package cn.gongji.portal.family.ui;

import static cn.gongji.portal.ui.DialogParts.answersCheck;
import static cn.gongji.portal.ui.DialogParts.cancel;
import static cn.gongji.portal.ui.DialogParts.dialog;
import static cn.gongji.portal.ui.DialogParts.primary;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.ViewParts;

/**
 * D8: a recipient asks a relative to share with him, where the relative's region allows it. His relative's ID number
 * and kinship, a check-your-answers summary, and the request; the relation page then says what happens next. A
 * refusal stands beside the field it is about (P4) and the dialog stays open.
 */
final class RequestDialog {

    private final Component owner;
    private final FamilyService family;
    private final long personId;

    RequestDialog(Component owner, FamilyService family, long personId) {
        this.owner = owner;
        this.family = family;
        this.personId = personId;
    }

    /** Form state of the request dialog. */
    static final class RequestAnswers {
        private String sharerId = "";
        private Kinship kinship;

        String getSharerId() {
            return sharerId;
        }

        void setSharerId(String sharerId) {
            this.sharerId = sharerId;
        }

        Kinship getKinship() {
            return kinship;
        }

        void setKinship(Kinship kinship) {
            this.kinship = kinship;
        }
    }

    void open(String allowedRegions) {
        Dialog dialog = dialog("request-dialog", t("request.title"));
        dialog.add(ViewParts.hint(t("request.hint", allowedRegions)));
        TextField sharerId = RelativeFields.idNumber("sharer-id", t("request.sharerId"),
                t("bind.relativeId.hint"));
        Select<Kinship> kinship = RelativeFields.kinship(owner, "relation-kind", t("request.kinship"),
                t("request.kinship.hint"));
        Binder<RequestAnswers> binder = new Binder<>();
        binder.forField(sharerId).asRequired(t("bind.relativeId.required"))
                .withValidator(RelativeFields::checkWhileTyping)
                .bind(RequestAnswers::getSharerId, RequestAnswers::setSharerId);
        binder.forField(kinship).asRequired(t("bind.kinship.required"))
                .bind(RequestAnswers::getKinship, RequestAnswers::setKinship);
        binder.setBean(new RequestAnswers());
        Div check = answersCheck(binder, "request-summary", () -> List.of(
                        new String[] {t("request.sharerId"), RelativeFields.typed(owner, sharerId)},
                        new String[] {t("request.kinship"), RelativeFields.chosen(owner, kinship)}),
                () -> t("request.effect"));
        dialog.add(sharerId, kinship, check);
        Button submit = primary("request-submit", t("request.submit"), () -> {
            if (!binder.validate().isOk()) {
                return;
            }
            RequestAnswers answers = binder.getBean();
            try {
                Relation relation = family.request(personId, answers.getSharerId(), answers.getKinship(),
                        Actor.citizen(personId));
                dialog.close();
                owner.getUI().ifPresent(ui -> ui.navigate(RelationView.class, relation.getId())
                        .ifPresent(view -> view.showConfirmation(RelationView.Done.REQUESTED)));
            } catch (RefusedException refused) {
                Refusal r = refused.refusal();
                if (r == Refusal.KINSHIP_OUTSIDE_REGION_SCOPE) {
                    Notices.refusedAt(r, kinship, r);
                } else {
                    Notices.refusedAt(r, sharerId, Refusal.INVALID_ID_NUMBER, Refusal.SAME_PERSON,
                            Refusal.SHARER_NOT_EMPLOYEE_INSURED, Refusal.SHARER_INSURANCE_ENDED, Refusal.ALREADY_BOUND,
                            Refusal.RECIPIENT_CANNOT_INITIATE, Refusal.KINSHIP_NOT_ELIGIBLE,
                            Refusal.RECIPIENT_WALLET_NOT_OPENED);
                }
            }
        });
        dialog.getFooter().add(cancel(dialog, "request-cancel"), submit);
        dialog.open();
        sharerId.focus();
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
