package cn.gongji.portal.casework.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.PhoneCheck;
import cn.gongji.portal.casework.PhoneIdentity;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.casework.VerbalLine;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Formats;

/**
 * Issue 12, D7: what an agent does on the phone, each a {@link CounterDialog} (form and reason, answers checked with
 * the caller, then the action through {@link CaseworkService}): the caller's identity check, taking back a quota,
 * ending a relation, recording a verbal commitment — and, at the hall, confirming a verbal commitment with the letter
 * signed there. No grant: a grant gives money to a person, so it needs the citizen himself.
 */
final class PhoneActions {

    private final Component owner;
    private final CaseworkService casework;
    private final CommitmentLetter letter;
    private final CaseFile file;
    private final String openingReason;
    private final Consumer<String> reload;

    PhoneActions(Component owner, CaseworkService casework, CommitmentLetter letter, CaseFile file,
                 String openingReason, Consumer<String> reload) {
        this.owner = owner;
        this.casework = casework;
        this.letter = letter;
        this.file = file;
        this.openingReason = openingReason;
        this.reload = reload;
    }

    /** The caller's identity: which checks he passed. Recorded whether it is enough or not. */
    void identityCheck() {
        CheckboxGroup<PhoneCheck> checks = new CheckboxGroup<>(t("phone.check.label"));
        checks.setId("phone-checks");
        checks.setHelperText(t("phone.check.helper"));
        checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        checks.setItems(PhoneCheck.values());
        checks.setItemLabelGenerator(c -> t("phoneCheck." + c.name()));
        boolean noPhone = file.phone() == null || file.phone().isBlank();
        checks.setItemEnabledProvider(c -> c != PhoneCheck.REGISTERED_PHONE || !noPhone);
        CounterDialog dialog = new CounterDialog("phone-identity-dialog", t("phone.check.title"),
                t("phone.check.confirm"), openingReason);
        PhoneIdentity[] result = new PhoneIdentity[1];
        dialog.form(hint("phone.check.hint"), checks)
                .field(Refusal.INVALID_REQUEST, checks)
                .review(() -> {
                    Set<PhoneCheck> passed = checks.getValue();
                    return List.of(
                            answer("counter.summary.person", file.name()),
                            answer("phone.check.passed", passed.isEmpty() ? t("phone.check.none")
                                    : passed.stream().sorted().map(c -> t("phoneCheck." + c.name()))
                                            .collect(Collectors.joining("; "))),
                            answer("phone.check.result", t(PhoneCheck.suffice(passed) ? "phone.check.enough"
                                    : "phone.check.notEnough")),
                            answer("counter.summary.channel", t("channel.CALL_CENTRE")));
                })
                .confirm(() -> result[0] = casework.checkCallerIdentity(file.personId(), checks.getValue(),
                                dialog.reason()),
                        () -> t(result[0].sufficient() ? "phone.check.done.passed" : "phone.check.done.failed"),
                        reload);
        dialog.open();
    }

    /** D10 on the phone: takes back unused quota. */
    void revoke(RelationLine line) {
        TextField amount = new TextField(t("counter.revoke.amount"));
        amount.setId("phone-amount");
        amount.setHelperText(t("counter.revoke.amount.hint", money(line.quota().available())));
        amount.setSuffixComponent(new Span(t("money.unit")));
        amount.setRequiredIndicatorVisible(true);
        amount.setWidthFull();
        CounterDialog dialog = new CounterDialog("phone-revoke-dialog", t("phone.revoke.title"),
                t("counter.revoke.confirm"), openingReason);
        dialog.form(hint("phone.revoke.hint"), amount)
                .field(Refusal.INVALID_AMOUNT, amount)
                .field(Refusal.REVOKE_EXCEEDS_UNUSED, amount)
                .review(() -> List.of(
                        answer("counter.summary.sharer", file.name()),
                        answer("counter.summary.relative", relative(line)),
                        answer("counter.revoke.amount", money(Money.parsePositive(amount.getValue().strip()))),
                        answer("counter.summary.channel", t("channel.CALL_CENTRE"))))
                .confirm(() -> casework.revokeByPhone(file.personId(), line.relationId(),
                                Money.parsePositive(amount.getValue().strip()), dialog.reason()),
                        () -> t("counter.revoke.done", money(Money.parsePositive(amount.getValue().strip())),
                                line.relativeName()), reload);
        dialog.open();
    }

    /** D21 on the phone: ends a relation for either party. */
    void dissolve(RelationLine line) {
        CounterDialog dialog = new CounterDialog("phone-dissolve-dialog", t("phone.dissolve.title"),
                t("counter.dissolve.confirm"), openingReason);
        dialog.form(hint("phone.dissolve.hint"))
                .review(() -> List.of(
                        answer("counter.summary.person", file.name()),
                        answer("counter.summary.relative", relative(line)),
                        answer("counter.summary.effect", t("counter.dissolve.effect")),
                        answer("counter.summary.channel", t("channel.CALL_CENTRE"))))
                .confirm(() -> casework.dissolveByPhone(file.personId(), line.relationId(), dialog.reason()),
                        () -> t("counter.dissolve.done", line.relativeName()), reload);
        dialog.open();
    }

    /** D7 on the phone: the sharer's spoken declaration, pending until he confirms it himself. */
    void verbalCommitment() {
        TextField relative = new TextField(t("counter.bind.relativeId"));
        relative.setId("phone-relative-id");
        relative.setHelperText(t("phone.verbal.relativeId.hint"));
        relative.setRequiredIndicatorVisible(true);
        relative.setMaxLength(18);
        relative.setWidthFull();
        Select<Kinship> kinship = new Select<>();
        kinship.setId("phone-relation-kind");
        kinship.setLabel(t("counter.bind.kinship"));
        kinship.setHelperText(t("counter.bind.kinship.hint"));
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(k -> t("kinship." + k));
        kinship.setRequiredIndicatorVisible(true);
        kinship.setWidthFull();
        Div letterText = letterText("phone-letter", "phone.verbal.letter");
        Checkbox declared = new Checkbox(t("phone.verbal.declared"));
        declared.setId("phone-declared");
        CounterDialog dialog = new CounterDialog("phone-verbal-dialog", t("phone.verbal.title"),
                t("phone.verbal.confirm"), openingReason);
        dialog.form(hint("phone.verbal.hint"), relative, kinship, new H3(t("phone.verbal.letter")), letterText,
                        declared)
                .field(Refusal.INVALID_ID_NUMBER, relative)
                .field(Refusal.RECIPIENT_NOT_INSURED, relative)
                .field(Refusal.SAME_PERSON, relative)
                .review(() -> {
                    var preview = casework.previewBind(file.personId(), relative.getValue());
                    if (kinship.getValue() == null) {
                        kinship.setErrorMessage(t("counter.bind.kinship.required"));
                        kinship.setInvalid(true);
                        throw new RefusedException(Refusal.INVALID_REQUEST);
                    }
                    kinship.setInvalid(false);
                    if (!declared.getValue()) {
                        throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
                    }
                    return List.of(
                            answer("counter.summary.sharer", file.name()),
                            answer("counter.summary.relative", preview.relativeName() + " "
                                    + preview.relativeMaskedId()),
                            answer("counter.bind.kinship", t("kinship." + kinship.getValue())),
                            answer("counter.summary.mode", t("mode." + preview.mode())),
                            answer("counter.summary.effect", t("phone.verbal.effect")),
                            answer("counter.summary.channel", t("channel.CALL_CENTRE")));
                })
                .confirm(() -> casework.recordVerbalCommitment(file.personId(), relative.getValue(),
                                kinship.getValue(), declared.getValue(), dialog.reason()),
                        () -> t("phone.verbal.done"), reload);
        dialog.open();
    }

    /** D7 at the hall: the sharer confirms what he declared on the phone and signs the letter there. */
    void confirmAtHall(VerbalLine line) {
        Div letterText = letterText("hall-verbal-letter", "counter.bind.letter");
        Checkbox signed = new Checkbox(t("counter.bind.signed"));
        signed.setId("hall-verbal-signed");
        CounterDialog dialog = new CounterDialog("hall-verbal-dialog", t("hall.verbal.title"),
                t("counter.bind.confirm"), openingReason);
        dialog.form(hint("hall.verbal.hint"), new H3(t("counter.bind.letter")), letterText, signed)
                .review(() -> {
                    if (!signed.getValue()) {
                        throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
                    }
                    return List.of(
                            answer("counter.summary.sharer", file.name()),
                            answer("counter.summary.relative", line.relativeName() + " " + line.relativeMaskedId()),
                            answer("counter.bind.kinship", t("kinship." + line.kinship())),
                            answer("hall.verbal.recorded", t("hall.verbal.recorded.value",
                                    Formats.dateTime(line.recordedAt(), locale()), line.agent())),
                            answer("counter.summary.letter", t("counter.summary.letter.value", letter.version())),
                            answer("counter.summary.channel", t("channel.SERVICE_HALL")));
                })
                .confirm(() -> casework.confirmVerbalAtHall(file.personId(), line.id(), signed.getValue(),
                        dialog.reason()), () -> t("counter.bind.done"), reload);
        dialog.open();
    }

    private Div letterText(String id, String labelKey) {
        Div text = new Div();
        text.setId(id);
        text.addClassName("portal-letter");
        text.setText(letter.text(locale()));
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("aria-label", t(labelKey));
        return text;
    }

    private String relative(RelationLine line) {
        return line.relativeName() + " · " + t("kinship." + line.kinship());
    }

    private CounterDialog.Answer answer(String labelKey, String value) {
        return new CounterDialog.Answer(t(labelKey), value);
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(t(key));
        hint.addClassName("portal-hint");
        return hint;
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }

    private Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    private String money(Money amount) {
        return Formats.money(amount, locale());
    }
}
