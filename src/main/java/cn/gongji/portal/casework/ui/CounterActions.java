package cn.gongji.portal.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Formats;

/**
 * The counter actions on an open case (D7, D10, D21, issue 11): open the wallet, bind with the letter signed in the
 * hall, grant (co-signed above the limit) or take back a quota, end a relation. Each is a {@link CounterDialog}: the
 * form and the reason, then the answers to check with the citizen, then the action through {@link CaseworkService}.
 */
final class CounterActions {

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
    CounterActions(Component owner, CaseworkService casework, CommitmentLetter letter, CaseFile file,
                   String openingReason, Consumer<String> reload) {
        this.owner = owner;
        this.casework = casework;
        this.letter = letter;
        this.file = file;
        this.openingReason = openingReason;
        this.reload = reload;
    }


    void openWallet() {
        CounterDialog dialog = new CounterDialog("counter-wallet-dialog", owner.getTranslation("counter.wallet.title"),
                owner.getTranslation("counter.wallet.confirm"), openingReason);
        dialog.form(hint("counter.wallet.hint"))
                .review(() -> List.of(
                        answer("counter.summary.person", file.name()),
                        answer("counter.summary.action", owner.getTranslation("counter.wallet.title")),
                        answer("counter.summary.channel", owner.getTranslation("channel.SERVICE_HALL"))))
                .confirm(() -> casework.openWallet(file.personId(), dialog.reason()),
                        () -> owner.getTranslation("counter.wallet.done", file.name()), reload);
        dialog.open();
    }

    void bind() {
        TextField relative = new TextField(owner.getTranslation("counter.bind.relativeId"));
        relative.setId("counter-relative-id");
        relative.setHelperText(owner.getTranslation("counter.bind.relativeId.hint"));
        relative.setRequiredIndicatorVisible(true);
        relative.setMaxLength(18);
        relative.setWidthFull();
        Select<Kinship> kinship = new Select<>();
        kinship.setId("counter-relation-kind");
        kinship.setLabel(owner.getTranslation("counter.bind.kinship"));
        kinship.setHelperText(owner.getTranslation("counter.bind.kinship.hint"));
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(k -> owner.getTranslation("kinship." + k));
        kinship.setRequiredIndicatorVisible(true);
        kinship.setWidthFull();
        Div letterText = new Div();
        letterText.setId("counter-letter");
        letterText.addClassName("portal-letter");
        letterText.setText(letter.text(locale()));
        letterText.getElement().setAttribute("tabindex", "0");
        letterText.getElement().setAttribute("aria-label", owner.getTranslation("counter.bind.letter"));
        Checkbox signed = new Checkbox(owner.getTranslation("counter.bind.signed"));
        signed.setId("counter-letter-signed");

        CounterDialog dialog = new CounterDialog("counter-bind-dialog", owner.getTranslation("counter.bind.title"),
                owner.getTranslation("counter.bind.confirm"), openingReason);
        dialog.form(hint("counter.bind.hint"), relative, kinship,
                        new H3(owner.getTranslation("counter.bind.letter")), letterText, signed)
                .field(Refusal.INVALID_ID_NUMBER, relative)
                .field(Refusal.RECIPIENT_NOT_INSURED, relative)
                .field(Refusal.SAME_PERSON, relative)
                .review(() -> {
                    var preview = casework.previewBind(file.personId(), relative.getValue());
                    if (kinship.getValue() == null) {
                        kinship.setErrorMessage(owner.getTranslation("counter.bind.kinship.required"));
                        kinship.setInvalid(true);
                        throw new RefusedException(Refusal.INVALID_REQUEST);
                    }
                    kinship.setInvalid(false);
                    if (!signed.getValue()) {
                        throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
                    }
                    return List.of(
                            answer("counter.summary.sharer", file.name()),
                            answer("counter.summary.relative", preview.relativeName() + " "
                                    + preview.relativeMaskedId()),
                            answer("counter.bind.kinship", owner.getTranslation("kinship." + kinship.getValue())),
                            answer("counter.summary.mode", owner.getTranslation("mode." + preview.mode())),
                            answer("counter.summary.letter", owner.getTranslation("counter.summary.letter.value",
                                    letter.version())),
                            answer("counter.summary.channel", owner.getTranslation("channel.SERVICE_HALL")));
                })
                .confirm(() -> casework.bind(file.personId(), relative.getValue(), kinship.getValue(),
                                signed.getValue(), dialog.reason()),
                        () -> owner.getTranslation("counter.bind.done"), reload);
        dialog.open();
    }

    void quota(RelationLine line, boolean grant) {
        String key = grant ? "counter.grant" : "counter.revoke";
        TextField amount = new TextField(owner.getTranslation(key + ".amount"));
        amount.setId("counter-amount");
        amount.setHelperText(owner.getTranslation(key + ".amount.hint", money(grant && file.balances() != null
                ? file.balances().available() : line.quota().available())));
        amount.setSuffixComponent(new Span(owner.getTranslation("money.unit")));
        amount.setRequiredIndicatorVisible(true);
        amount.setWidthFull();
        CoSignFields coSign = new CoSignFields();
        if (grant) {
            amount.addValueChangeListener(change -> coSign.setVisible(needsCoSign(change.getValue())));
        }
        CounterDialog dialog = new CounterDialog("counter-quota-dialog", owner.getTranslation(key + ".title"),
                owner.getTranslation(key + ".confirm"), openingReason);
        dialog.form(hint(key + ".hint"), amount, coSign)
                .field(Refusal.INVALID_AMOUNT, amount)
                .field(Refusal.QUOTA_EXCEEDS_AVAILABLE, amount)
                .field(Refusal.REVOKE_EXCEEDS_UNUSED, amount)
                .field(Refusal.CO_SIGN_REQUIRED, coSign.username())
                .field(Refusal.CO_SIGN_INVALID, coSign.password())
                .review(() -> {
                    Money value = Money.parsePositive(amount.getValue().strip());
                    List<CounterDialog.Answer> answers = new ArrayList<>(List.of(
                            answer("counter.summary.sharer", file.name()),
                            answer("counter.summary.relative", line.relativeName() + " · "
                                    + owner.getTranslation("kinship." + line.kinship())),
                            answer(key + ".amount", money(value)),
                            answer("counter.summary.channel", owner.getTranslation("channel.SERVICE_HALL"))));
                    if (grant && casework.needsCoSign(value)) {
                        if (coSign.value().isEmpty()) {
                            throw new RefusedException(Refusal.CO_SIGN_REQUIRED);
                        }
                        answers.add(answer("counter.cosign.checker", coSign.value().username().strip()));
                    }
                    return answers;
                })
                .confirm(() -> {
                    Money value = Money.parsePositive(amount.getValue().strip());
                    if (grant) {
                        casework.grant(file.personId(), line.relationId(), value, dialog.reason(), coSign.value());
                    } else {
                        casework.revoke(file.personId(), line.relationId(), value, dialog.reason());
                    }
                }, () -> owner.getTranslation(key + ".done", money(Money.parsePositive(amount.getValue().strip())),
                        line.relativeName()), reload);
        dialog.open();
    }

    /** Whether the typed amount is above the co-sign limit; an amount that does not parse is refused later. */
    private boolean needsCoSign(String typed) {
        try {
            return casework.needsCoSign(Money.parsePositive(typed.strip()));
        } catch (RefusedException | IllegalArgumentException notAnAmount) {
            return false;
        }
    }

    void dissolve(RelationLine line) {
        CounterDialog dialog = new CounterDialog("counter-dissolve-dialog", owner.getTranslation("counter.dissolve.title"),
                owner.getTranslation("counter.dissolve.confirm"), openingReason);
        dialog.form(hint("counter.dissolve.hint"))
                .review(() -> List.of(
                        answer("counter.summary.person", file.name()),
                        answer("counter.summary.relative", line.relativeName() + " · "
                                + owner.getTranslation("kinship." + line.kinship())),
                        answer("counter.summary.effect", owner.getTranslation("counter.dissolve.effect")),
                        answer("counter.summary.channel", owner.getTranslation("channel.SERVICE_HALL"))))
                .confirm(() -> casework.dissolve(file.personId(), line.relationId(), dialog.reason()),
                        () -> owner.getTranslation("counter.dissolve.done", line.relativeName()), reload);
        dialog.open();
    }

    private CounterDialog.Answer answer(String labelKey, String value) {
        return new CounterDialog.Answer(owner.getTranslation(labelKey), value);
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(owner.getTranslation(key));
        hint.addClassName("portal-hint");
        return hint;
    }

    /** The owner's language: its UI's once attached, the current UI's otherwise. */
    private Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    private String money(Money amount) {
        return Formats.money(amount, locale());
    }
}
