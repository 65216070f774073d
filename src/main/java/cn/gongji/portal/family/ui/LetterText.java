package cn.gongji.portal.family.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;

import cn.gongji.portal.family.CommitmentLetter;

/**
 * The commitment letter in full (D7), in the reader's language, wherever it is signed: binding, confirming a request
 * or a verbal commitment, and at the counter. The letter is long: it scrolls in its own box, which must be reachable
 * and scrollable by keyboard, and a screen reader hears it as one document with its name.
 */
public final class LetterText extends Div {

    public LetterText(String id, CommitmentLetter letter, Locale locale, String label) {
        setId(id);
        addClassName("portal-letter");
        setText(letter.text(locale));
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "document");
        getElement().setAttribute("aria-label", label);
    }
}
