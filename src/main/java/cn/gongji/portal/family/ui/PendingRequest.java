package cn.gongji.portal.family.ui;

import static cn.gongji.portal.ui.DialogParts.primary;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.ViewParts;

/**
 * D8: a relative asked the sharer to share with him. The sharer reads the letter in full, accepts it and confirms
 * (D7: no confirmation without the letter accepted, said beside the box); or he declines.
 */
final class PendingRequest extends Section {

    PendingRequest(CommitmentLetter letter, String otherName, Runnable confirm, Runnable decline) {
        addClassName("portal-section");
        add(new H2(getTranslation("request.pending.title")),
                new Paragraph(getTranslation("request.pending.text", otherName)),
                new H3(getTranslation("bind.letter")),
                new LetterText("commitment-letter", letter, getLocale(), getTranslation("bind.letter")));
        Checkbox accept = new Checkbox(getTranslation("bind.accept"));
        accept.setId("commitment-accept");
        Button confirmButton = primary("confirm-request", getTranslation("request.confirm"), () -> {
            if (!accept.getValue()) {
                accept.setErrorMessage(getTranslation(Refusal.COMMITMENT_NOT_ACCEPTED.messageKey()));
                accept.setInvalid(true);
                accept.focus();
                Notices.refused(Refusal.COMMITMENT_NOT_ACCEPTED);
                return;
            }
            confirm.run();
        });
        Button declineButton = new Button(getTranslation("request.decline"), click -> decline.run());
        declineButton.setId("decline-request");
        Div actions = new Div(confirmButton, declineButton);
        actions.addClassName("portal-actions");
        add(accept, ViewParts.hint(getTranslation("request.confirm.effect", otherName)), actions);
    }
}
