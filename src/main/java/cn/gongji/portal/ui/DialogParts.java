package cn.gongji.portal.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

import cn.gongji.portal.shared.RefusedException;

/** The pieces every action dialog of the family screens is made of, so that they all look and behave alike. */
public final class DialogParts {

    private DialogParts() {
    }

    /** A dialog with its stable id (ui.md), its title, and a width that fits a phone. */
    public static Dialog dialog(String id, String title) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.addClassName("portal-dialog");
        dialog.setWidth("min(40rem, 100vw)");
        return dialog;
    }

    /** Closes the dialog and changes nothing. */
    public static Button cancel(Dialog dialog, String id) {
        Button cancel = new Button(dialog.getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId(id);
        return cancel;
    }

    /** The one button that acts. */
    public static Button primary(String id, String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    /**
     * Check your answers, kept up to date as the person fills in the form (GOV.UK): a heading, one term and its
     * answer per row, and a line on what will happen. Built again at every change the binder sees.
     *
     * @param summaryId the summary's id (ui.md), or null
     */
    public static Div answersCheck(Binder<?> binder, String summaryId, Supplier<List<String[]>> rows,
                                   Supplier<String> effect) {
        Div check = new Div();
        check.addClassName("portal-check");
        Runnable show = () -> {
            check.removeAll();
            check.add(new H3(check.getTranslation("check.title")), ViewParts.summary(summaryId, rows.get()),
                    new Paragraph(effect.get()));
        };
        binder.addValueChangeListener(change -> show.run());
        show.run();
        return check;
    }

    /** An amount as typed so far, formatted for the check-your-answers summary, or "not given yet". */
    public static String amountText(Component in, Locale locale, String value) {
        try {
            return Formats.money(AmountField.parse(value == null ? "" : value), locale);
        } catch (RefusedException notYet) {
            return in.getTranslation("check.missing");
        }
    }
}
