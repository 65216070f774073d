package cn.gongji.portal.casework.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.BindPreview;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * What an agent asks before a binding, at the hall (the letter signed there) or on the phone (the letter read out and
 * declared, D7): the relative's ID number (D1), the kinship (D5), the letter, and the citizen's yes to it. Checked
 * alike in both channels before the answers are read back.
 */
final class BindingQuestions {

    private final Desk desk;
    private final TextField relative;
    private final Select<Kinship> kinship;
    private final Checkbox agreed;
    private final String letterKey;

    /**
     * @param ids       the channel's id prefix ({@code counter} or {@code phone}, ui.md)
     * @param agreedId  the id of the citizen's yes
     * @param agreedKey what the citizen says yes to: signed at the hall, declared on the phone
     */
    BindingQuestions(Desk desk, String ids, String relativeHintKey, String letterKey, String agreedId,
                     String agreedKey) {
        this.desk = desk;
        this.letterKey = letterKey;
        this.relative = desk.relativeIdField(ids + "-relative-id", relativeHintKey);
        this.kinship = desk.kinshipSelect(ids + "-relation-kind");
        this.agreed = new Checkbox(desk.t(agreedKey));
        this.agreed.setId(agreedId);
    }

    /** The questions as the dialog's form, refusals about the relative shown at his field. */
    CounterDialog askIn(CounterDialog dialog, String hintKey, String letterId) {
        return dialog.form(desk.hint(hintKey), relative, kinship, new H3(desk.t(letterKey)),
                        desk.letterText(letterId, letterKey), agreed)
                .field(Refusal.INVALID_ID_NUMBER, relative)
                .field(Refusal.RECIPIENT_NOT_INSURED, relative)
                .field(Refusal.SAME_PERSON, relative);
    }

    /**
     * The answers so far, checked as the binding would check them (without binding); refuses when something is
     * missing. The first lines of the read-back: sharer, relative (masked, D2), kinship and mode.
     */
    List<CounterDialog.Answer> check() {
        BindPreview preview = desk.casework().previewBind(desk.file().personId(), relative.getValue());
        desk.requireKinship(kinship);
        if (!agreed.getValue()) {
            throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
        }
        return List.of(
                desk.answer("counter.summary.sharer", desk.file().name()),
                desk.answer("counter.summary.relative", preview.relativeName() + " " + preview.relativeMaskedId()),
                desk.answer("counter.bind.kinship", desk.t("kinship." + kinship.getValue())),
                desk.answer("counter.summary.mode", desk.t("mode." + preview.mode())));
    }

    String relativeId() {
        return relative.getValue();
    }

    Kinship kinship() {
        return kinship.getValue();
    }

    boolean agreed() {
        return agreed.getValue();
    }
}
