package cn.gongji.portal.casework.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/**
 * One counter action in two steps (GOV.UK's "check your answers"): the agent fills in the form and the reason, then
 * reads a summary with the citizen and confirms — the only step that changes anything. A refusal is shown next to the
 * field it is about, or at the top of the dialog, in plain words; the dialog stays open and nothing was changed.
 */
final class CounterDialog extends Dialog {

    /** One line of the summary. */
    record Answer(String label, String value) {
    }

    /** The first answers and then more, as one read-back. */
    static List<Answer> concat(List<Answer> first, Answer... more) {
        List<Answer> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** Builds the summary from the form, or refuses (a refusal about a field is shown at that field). */
    interface Review {
        List<Answer> answers();
    }

    private final Div form = new Div();
    private final Div review = new Div();
    private final DescriptionList summary = new DescriptionList();
    private final Paragraph error = new Paragraph();
    private final TextArea reason = new TextArea();
    private final Button cancel = new Button();
    private final Button next = new Button();
    private final Button back = new Button();
    private final Button confirm = new Button();
    private final Map<Refusal, HasValidation> fields = new EnumMap<>(Refusal.class);
    private Review reviewer = List::of;
    private Runnable action = () -> { };
    private Supplier<String> done = () -> "";
    private Consumer<String> after = message -> { };

    CounterDialog(String id, String title, String confirmLabel, String defaultReason) {
        setId(id);
        setHeaderTitle(title);
        addClassName("counter-dialog");
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);

        error.setId("counter-error");
        error.addClassName("portal-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        reason.setId("counter-reason");
        reason.setLabel(getTranslation("counter.reason"));
        reason.setHelperText(getTranslation("counter.reason.hint"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setValue(defaultReason == null ? "" : defaultReason);
        fields.put(Refusal.REASON_REQUIRED, reason);

        form.addClassName("counter-form");
        summary.setId("counter-summary");
        summary.addClassName("portal-summary");
        Paragraph check = new Paragraph(getTranslation("counter.check"));
        check.addClassName("portal-hint");
        review.add(check, summary);
        review.setVisible(false);
        add(error, form, review);

        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("counter-cancel");
        cancel.addClickListener(click -> close());
        next.setText(getTranslation("counter.next"));
        next.setId("counter-review");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(click -> showReview());
        back.setText(getTranslation("counter.back"));
        back.setId("counter-back");
        back.addClickListener(click -> showForm());
        confirm.setText(confirmLabel);
        confirm.setId("counter-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> perform());
        // Guards against a double click running the action twice.
        confirm.setDisableOnClick(true);
        getFooter().add(cancel, back, next, confirm);
        showForm();
    }

    /** The action's own fields; the reason comes after them. */
    CounterDialog form(Component... components) {
        form.removeAll();
        form.add(components);
        form.add(reason);
        return this;
    }

    /** Shows this refusal at this field instead of at the top. */
    CounterDialog field(Refusal refusal, HasValidation field) {
        fields.put(refusal, field);
        return this;
    }

    CounterDialog review(Review reviewer) {
        this.reviewer = reviewer;
        return this;
    }

    /**
     * @param action what the confirm button does, through a service
     * @param done   the confirmation: what happened and what the other person will see
     * @param after  what the page does then with the confirmation (show the case as it now is, and the message)
     */
    CounterDialog confirm(Runnable action, Supplier<String> done, Consumer<String> after) {
        this.action = action;
        this.done = done;
        this.after = after;
        return this;
    }

    String reason() {
        return reason.getValue();
    }

    private void showForm() {
        form.setVisible(true);
        review.setVisible(false);
        next.setVisible(true);
        back.setVisible(false);
        confirm.setVisible(false);
    }

    private void showReview() {
        clearErrors();
        List<Answer> answers;
        try {
            if (reason.getValue().isBlank()) {
                throw new RefusedException(Refusal.REASON_REQUIRED);
            }
            answers = reviewer.answers();
        } catch (RefusedException refused) {
            showRefusal(refused);
            return;
        }
        summary.removeAll();
        answers.forEach(a -> summary.add(new DescriptionList.Term(a.label()),
                new DescriptionList.Description(a.value())));
        summary.add(new DescriptionList.Term(getTranslation("counter.reason")),
                new DescriptionList.Description(reason.getValue().strip()));
        form.setVisible(false);
        review.setVisible(true);
        next.setVisible(false);
        back.setVisible(true);
        confirm.setVisible(true);
        confirm.setEnabled(true);
        confirm.focus();
    }

    private void perform() {
        clearErrors();
        try {
            action.run();
        } catch (RefusedException refused) {
            showForm();
            showRefusal(refused);
            return;
        }
        close();
        after.accept(done.get());
    }

    private void showRefusal(RefusedException refused) {
        String message = getTranslation(refused.refusal().messageKey());
        HasValidation field = fields.get(refused.refusal());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            error.setText(message);
            error.setVisible(true);
        }
    }

    private void clearErrors() {
        error.setVisible(false);
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
