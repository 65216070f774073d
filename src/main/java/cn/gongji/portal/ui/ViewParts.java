package cn.gongji.portal.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

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
        Span labelSpan = new Span(label);
        labelSpan.addClassName("portal-amount-label");
        Span amount = new Span(Formats.money(value, locale));
        amount.setId(id);
        amount.addClassName("portal-amount-value");
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
        if (!PortalLocales.isEnglish(locale)) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月",
                    "十月", "十一月", "十二月"));
            i18n.setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"));
            i18n.setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("今天");
            i18n.setCancel("取消");
            i18n.setDateFormat("yyyy-MM-dd");
            i18n.setBadInputErrorMessage("请按“年-月-日”输入日期，例如 2026-12-31。");
            picker.setI18n(i18n);
        } else {
            picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd").setFirstDayOfWeek(1)
                    .setBadInputErrorMessage("Enter the date as year-month-day, for example 2026-12-31."));
        }
        // A placeholder that reads as a format, never as a date already chosen.
        picker.setPlaceholder(PortalLocales.isEnglish(locale) ? "yyyy-mm-dd" : "年-月-日");
        return picker;
    }

    /** Today in China, the day a person means when he says "today". */
    public static LocalDate today() {
        return LocalDate.now(Formats.PORTAL_ZONE);
    }
}
