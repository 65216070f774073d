package cn.gongji.portal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;

import cn.gongji.portal.ledger.Explanation;
import cn.gongji.portal.ledger.Money;

/**
 * The building blocks every citizen page uses, so that pages look and read alike: sections, one-line hints,
 * amounts that stand together, check-your-answers summaries and confirmation panels (GOV.UK patterns). Texts are
 * passed in already translated; nothing here knows a rule.
 */
public final class ViewParts {

    private ViewParts() {
    }

    public static Section section(String title) {
        Section section = new Section(new H2(title));
        section.addClassName("portal-section");
        return section;
    }

    public static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("portal-hint");
        return hint;
    }

    /** Amounts that belong together stand together. */
    public static Div amountGroup(Component... amounts) {
        Div group = new Div(amounts);
        group.addClassName("portal-amounts");
        return group;
    }

    /** One amount with its label and a one-line explanation; the value carries the id. */
    public static Div amount(String id, String label, String hint, Money value, Locale locale) {
        Span amount = amountValue(id, value, locale);
        return amountRow(label, amount, hint);
    }

    /**
     * One amount as {@link #amount}, with a button {@code explain-<id>} that opens the lines making it up (issue 12),
     * built by a service from the ledger. The figure is set to what the explanation was built beside, so the page and
     * the dialog never disagree, even when money moved since the page was opened.
     */
    public static Div explainedAmount(String id, String label, String hint, Money value, Locale locale,
                                      Supplier<Explanation> explain) {
        Span amount = amountValue(id, value, locale);
        Div row = amountRow(label, amount, hint);
        Button open = new Button(row.getTranslation("explain.open"), click -> {
            Explanation explanation = explain.get();
            amount.setText(Formats.money(explanation.shown(), locale));
            new ExplanationDialog(id, explanation).open();
        });
        open.setId("explain-" + id);
        open.setAriaLabel(row.getTranslation("explain.open.label", label));
        open.addThemeVariants(ButtonVariant.TERTIARY);
        open.addClassName("explain-open");
        row.add(open);
        return row;
    }

    private static Span amountValue(String id, Money value, Locale locale) {
        Span amount = new Span(Formats.money(value, locale));
        amount.setId(id);
        amount.addClassName("portal-amount-value");
        return amount;
    }

    private static Div amountRow(String label, Span amount, String hint) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("portal-amount-label");
        Div row = new Div(labelSpan, amount);
        if (hint != null) {
            row.add(hint(hint));
        }
        row.addClassName("portal-amount");
        return row;
    }

    /** A check-your-answers list: what the person is about to do, one term and its answer per row. */
    public static DescriptionList summary(String id, List<String[]> rows) {
        DescriptionList list = new DescriptionList();
        if (id != null) {
            list.setId(id);
        }
        list.addClassName("portal-summary");
        for (String[] row : rows) {
            list.add(new DescriptionList.Term(row[0]), new DescriptionList.Description(row[1]));
        }
        return list;
    }

    /**
     * What just happened and what the other person will see: a panel that stays on the page (a pop-up would vanish
     * before an elderly reader finishes) and that screen readers announce.
     */
    public static Div confirmation(String id, String title, String... lines) {
        Div panel = new Div();
        panel.setId(id);
        panel.addClassName("portal-confirmation");
        panel.getElement().setAttribute("role", "status");
        Span heading = new Span(title);
        heading.addClassName("portal-confirmation-title");
        panel.add(heading);
        for (String line : lines) {
            panel.add(new Paragraph(line));
        }
        return panel;
    }

    /** A date picker that speaks the page's language (Vaadin's own texts are English only). */
    public static DatePicker datePicker(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(PortalLocales.isEnglish(locale) ? Locale.UK : Locale.SIMPLIFIED_CHINESE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(list(locale, "datePicker.months"))
                .setWeekdays(list(locale, "datePicker.weekdays"))
                .setWeekdaysShort(list(locale, "datePicker.weekdaysShort"))
                .setFirstDayOfWeek(1)
                .setToday(I18NProvider.translate(locale, "datePicker.today"))
                .setCancel(I18NProvider.translate(locale, "datePicker.cancel"))
                .setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(I18NProvider.translate(locale, "datePicker.badInput"));
        picker.setI18n(i18n);
        // A placeholder that reads as a format, never as a date already chosen.
        picker.setPlaceholder(I18NProvider.translate(locale, "datePicker.placeholder"));
        return picker;
    }

    private static List<String> list(Locale locale, String key) {
        return List.of(I18NProvider.translate(locale, key).split(","));
    }

    /** Today in China, the day a person means when he says "today". */
    public static LocalDate today() {
        return LocalDate.now(Formats.PORTAL_ZONE);
    }
}
