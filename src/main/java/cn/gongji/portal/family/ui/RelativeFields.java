package cn.gongji.portal.family.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.identity.IdNumber;
import cn.gongji.portal.shared.Refusal;

/**
 * The two questions about the other person that binding (D5, D6, D7) and asking (D8) both put: his ID number and how he
 * is related. Asked alike wherever they are asked, and checked alike while typed.
 */
final class RelativeFields {

    private RelativeFields() {
    }

    /** The other person's ID number (D1): digits and X only, 18 at most, checked at every key. */
    static TextField idNumber(String id, String label, String hint) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setHelperText(hint);
        field.setMaxLength(18);
        field.setAllowedCharPattern("[0-9Xx]");
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(true);
        return field;
    }

    /** How the two are related (D5), from the kinships the rules know. */
    static Select<Kinship> kinship(Component in, String id, String label, String hint) {
        Select<Kinship> kinship = new Select<>();
        kinship.setId(id);
        kinship.setLabel(label);
        kinship.setHelperText(hint);
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(k -> in.getTranslation("kinship." + k));
        kinship.setPlaceholder(in.getTranslation("bind.kinship.placeholder"));
        kinship.setWidthFull();
        kinship.setRequiredIndicatorVisible(true);
        return kinship;
    }

    /**
     * D1, live: a complete number with a wrong check character is flagged at once; a number still being typed is
     * not (the service checks the finished one, and refuses an incomplete one with the same words).
     */
    static ValidationResult checkWhileTyping(String value, ValueContext context) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 18 || IdNumber.isValid(v.toUpperCase(Locale.ROOT))) {
            return ValidationResult.ok();
        }
        return ValidationResult.error(context.getComponent().map(c -> c.getTranslation(
                Refusal.INVALID_ID_NUMBER.messageKey())).orElse(Refusal.INVALID_ID_NUMBER.name()));
    }

    /** An ID number as typed so far, for the check-your-answers summary, or "not given yet". */
    static String typed(Component in, TextField idNumber) {
        String value = idNumber.getValue();
        return value == null || value.isBlank() ? in.getTranslation("check.missing") : value.toUpperCase(Locale.ROOT);
    }

    /** A kinship chosen so far, for the summary, or "not given yet". */
    static String chosen(Component in, Select<Kinship> kinship) {
        return kinship.getValue() == null ? in.getTranslation("check.missing")
                : in.getTranslation("kinship." + kinship.getValue());
    }
}
