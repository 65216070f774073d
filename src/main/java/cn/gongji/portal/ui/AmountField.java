package cn.gongji.portal.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.RefusedException;

/**
 * A money input (D28): digits and a point only, the unit beside it, a numeric keyboard on phones. Its check is
 * {@link Money#parsePositive}'s — the same one the services apply — shown while the person types, with what to type
 * instead (issue 12).
 */
public final class AmountField {

    private AmountField() {
    }

    public static TextField create(String id, String label, String unit) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setAllowedCharPattern("[0-9.]");
        field.setMaxLength(13);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.getElement().setAttribute("inputmode", "decimal");
        field.setSuffixComponent(new Span(unit));
        field.setPlaceholder("0.00");
        field.setRequiredIndicatorVisible(true);
        field.addClassName("portal-amount-field");
        return field;
    }

    /** Binder validator: positive, at most two decimals, within the upper bound; the refusal's words otherwise. */
    public static ValidationResult check(String value, ValueContext context) {
        try {
            Money.parsePositive(value == null ? null : value.strip());
            return ValidationResult.ok();
        } catch (RefusedException refused) {
            return ValidationResult.error(context.getComponent()
                    .map(c -> Notices.explained(c, refused.refusal())).orElse(refused.refusal().name()));
        }
    }

    public static Money parse(String value) {
        return Money.parsePositive(value.strip());
    }
}
