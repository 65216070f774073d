package cn.gongji.portal.casework.ui;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.ui.LetterText;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.AmountField;
import cn.gongji.portal.ui.Formats;

/**
 * The desk an agent acts at on one open case, whether at the hall ({@link CounterActions}) or on the phone
 * ({@link PhoneActions}): the case file, the reason the case was opened with (the default reason of every action,
 * D26), what the page does after an action, and the form pieces both channels ask with, so that the two read and
 * check alike.
 */
final class Desk {

    private final Component owner;
    private final CaseworkService casework;
    private final CommitmentLetter letter;
    private final CaseFile file;
    private final String openingReason;
    private final Consumer<String> reload;

    /**
     * @param owner  the case view (its language is used)
     * @param reload what the view does after an action, with the confirmation to show
     */
    Desk(Component owner, CaseworkService casework, CommitmentLetter letter, CaseFile file, String openingReason,
         Consumer<String> reload) {
        this.owner = owner;
        this.casework = casework;
        this.letter = letter;
        this.file = file;
        this.openingReason = openingReason;
        this.reload = reload;
    }

    Component owner() {
        return owner;
    }

    CaseworkService casework() {
        return casework;
    }

    CommitmentLetter letter() {
        return letter;
    }

    CaseFile file() {
        return file;
    }

    Consumer<String> reload() {
        return reload;
    }

    /** A two-step dialog whose reason starts as the one the case was opened with. */
    CounterDialog dialog(String id, String titleKey, String confirmKey) {
        return new CounterDialog(id, t(titleKey), t(confirmKey), openingReason);
    }

    /** The relative's ID number (D1), as the citizen reads it out. */
    TextField relativeIdField(String id, String hintKey) {
        TextField relative = new TextField(t("counter.bind.relativeId"));
        relative.setId(id);
        relative.setHelperText(t(hintKey));
        relative.setRequiredIndicatorVisible(true);
        relative.setMaxLength(18);
        relative.setWidthFull();
        return relative;
    }

    /** The kinship the sharer declares (D5). */
    Select<Kinship> kinshipSelect(String id) {
        Select<Kinship> kinship = new Select<>();
        kinship.setId(id);
        kinship.setLabel(t("counter.bind.kinship"));
        kinship.setHelperText(t("counter.bind.kinship.hint"));
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(k -> t("kinship." + k));
        kinship.setRequiredIndicatorVisible(true);
        kinship.setWidthFull();
        return kinship;
    }

    /** Refuses (and marks the field) when no kinship was chosen. */
    void requireKinship(Select<Kinship> kinship) {
        if (kinship.getValue() == null) {
            kinship.setErrorMessage(t("counter.bind.kinship.required"));
            kinship.setInvalid(true);
            throw new RefusedException(Refusal.INVALID_REQUEST);
        }
        kinship.setInvalid(false);
    }

    /** The commitment letter in full (D7), in the page's language, readable by keyboard. */
    Div letterText(String id, String labelKey) {
        return new LetterText(id, letter, locale(), t(labelKey));
    }

    /** A money input with the same check as the citizen's (D28), and what there is to take as its hint. */
    TextField amountField(String id, String labelKey, String helperText) {
        TextField amount = AmountField.create(id, t(labelKey), t("money.unit"));
        amount.setHelperText(helperText);
        amount.setWidthFull();
        return amount;
    }

    /** The typed amount, or the refusal a service would give for it. */
    static Money amountOf(TextField field) {
        return AmountField.parse(field.getValue());
    }

    String relative(RelationLine line) {
        return line.relativeName() + " · " + t("kinship." + line.kinship());
    }

    CounterDialog.Answer answer(String labelKey, String value) {
        return new CounterDialog.Answer(t(labelKey), value);
    }

    Paragraph hint(String key) {
        return CaseParts.hint(owner, key);
    }

    String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    /** The owner's language: its UI's once attached, the current UI's otherwise. */
    Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    String money(Money amount) {
        return Formats.money(amount, locale());
    }
}
