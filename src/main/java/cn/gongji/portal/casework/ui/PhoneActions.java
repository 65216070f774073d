package cn.gongji.portal.casework.ui;

import static cn.gongji.portal.casework.ui.CounterDialog.concat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.PhoneCheck;
import cn.gongji.portal.casework.PhoneIdentity;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.casework.VerbalLine;
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

    private final Desk desk;
    private final CaseworkService casework;
    private final CaseFile file;

    PhoneActions(Desk desk) {
        this.desk = desk;
        this.casework = desk.casework();
        this.file = desk.file();
    }

    /** The caller's identity: which checks he passed. Recorded whether it is enough or not. */
    void identityCheck() {
        CheckboxGroup<PhoneCheck> checks = new CheckboxGroup<>(desk.t("phone.check.label"));
        checks.setId("phone-checks");
        checks.setHelperText(desk.t("phone.check.helper"));
        checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        checks.setItems(PhoneCheck.values());
        checks.setItemLabelGenerator(c -> desk.t("phoneCheck." + c.name()));
        boolean noPhone = file.phone() == null || file.phone().isBlank();
        checks.setItemEnabledProvider(c -> c != PhoneCheck.REGISTERED_PHONE || !noPhone);
        CounterDialog dialog = desk.dialog("phone-identity-dialog", "phone.check.title", "phone.check.confirm");
        PhoneIdentity[] result = new PhoneIdentity[1];
        dialog.form(desk.hint("phone.check.hint"), checks)
                .field(Refusal.INVALID_REQUEST, checks)
                .review(() -> {
                    Set<PhoneCheck> passed = checks.getValue();
                    return List.of(
                            desk.answer("counter.summary.person", file.name()),
                            desk.answer("phone.check.passed", passed.isEmpty() ? desk.t("phone.check.none")
                                    : passed.stream().sorted().map(c -> desk.t("phoneCheck." + c.name()))
                                            .collect(Collectors.joining("; "))),
                            desk.answer("phone.check.result", desk.t(PhoneCheck.suffice(passed) ? "phone.check.enough"
                                    : "phone.check.notEnough")),
                            desk.answer("counter.summary.channel", desk.t("channel.CALL_CENTRE")));
                })
                .confirm(() -> result[0] = casework.checkCallerIdentity(file.personId(), checks.getValue(),
                                dialog.reason()),
                        () -> desk.t(result[0].sufficient() ? "phone.check.done.passed" : "phone.check.done.failed"),
                        desk.reload());
        dialog.open();
    }

    /** D10 on the phone: takes back unused quota. */
    void revoke(RelationLine line) {
        TextField amount = desk.amountField("phone-amount", "counter.revoke.amount",
                desk.t("counter.revoke.amount.hint", desk.money(line.quota().available())));
        CounterDialog dialog = desk.dialog("phone-revoke-dialog", "phone.revoke.title", "counter.revoke.confirm");
        dialog.form(desk.hint("phone.revoke.hint"), amount)
                .field(Refusal.INVALID_AMOUNT, amount)
                .field(Refusal.REVOKE_EXCEEDS_UNUSED, amount)
                .review(() -> List.of(
                        desk.answer("counter.summary.sharer", file.name()),
                        desk.answer("counter.summary.relative", desk.relative(line)),
                        desk.answer("counter.revoke.amount", desk.money(Desk.amountOf(amount))),
                        desk.answer("counter.summary.channel", desk.t("channel.CALL_CENTRE"))))
                .confirm(() -> casework.revokeByPhone(file.personId(), line.relationId(),
                                Desk.amountOf(amount), dialog.reason()),
                        () -> desk.t("counter.revoke.done", desk.money(Desk.amountOf(amount)),
                                line.relativeName()), desk.reload());
        dialog.open();
    }

    /** D21 on the phone: ends a relation for either party. */
    void dissolve(RelationLine line) {
        CounterDialog dialog = desk.dialog("phone-dissolve-dialog", "phone.dissolve.title", "counter.dissolve.confirm");
        dialog.form(desk.hint("phone.dissolve.hint"))
                .review(() -> List.of(
                        desk.answer("counter.summary.person", file.name()),
                        desk.answer("counter.summary.relative", desk.relative(line)),
                        desk.answer("counter.summary.effect", desk.t("counter.dissolve.effect")),
                        desk.answer("counter.summary.channel", desk.t("channel.CALL_CENTRE"))))
                .confirm(() -> casework.dissolveByPhone(file.personId(), line.relationId(), dialog.reason()),
                        () -> desk.t("counter.dissolve.done", line.relativeName()), desk.reload());
        dialog.open();
    }

    /** D7 on the phone: the sharer's spoken declaration, pending until he confirms it himself. */
    void verbalCommitment() {
        BindingQuestions questions = new BindingQuestions(desk, "phone", "phone.verbal.relativeId.hint",
                "phone.verbal.letter", "phone-declared", "phone.verbal.declared");
        CounterDialog dialog = desk.dialog("phone-verbal-dialog", "phone.verbal.title", "phone.verbal.confirm");
        questions.askIn(dialog, "phone.verbal.hint", "phone-letter")
                .review(() -> concat(questions.check(),
                        desk.answer("counter.summary.effect", desk.t("phone.verbal.effect")),
                        desk.answer("counter.summary.channel", desk.t("channel.CALL_CENTRE"))))
                .confirm(() -> casework.recordVerbalCommitment(file.personId(), questions.relativeId(),
                                questions.kinship(), questions.agreed(), dialog.reason()),
                        () -> desk.t("phone.verbal.done"), desk.reload());
        dialog.open();
    }

    /** D7 at the hall: the sharer confirms what he declared on the phone and signs the letter there. */
    void confirmAtHall(VerbalLine line) {
        Div letterText = desk.letterText("hall-verbal-letter", "counter.bind.letter");
        Checkbox signed = new Checkbox(desk.t("counter.bind.signed"));
        signed.setId("hall-verbal-signed");
        CounterDialog dialog = desk.dialog("hall-verbal-dialog", "hall.verbal.title", "counter.bind.confirm");
        dialog.form(desk.hint("hall.verbal.hint"), new H3(desk.t("counter.bind.letter")), letterText, signed)
                .review(() -> {
                    if (!signed.getValue()) {
                        throw new RefusedException(Refusal.COMMITMENT_NOT_ACCEPTED);
                    }
                    return List.of(
                            desk.answer("counter.summary.sharer", file.name()),
                            desk.answer("counter.summary.relative",
                                    line.relativeName() + " " + line.relativeMaskedId()),
                            desk.answer("counter.bind.kinship", desk.t("kinship." + line.kinship())),
                            desk.answer("hall.verbal.recorded", desk.t("hall.verbal.recorded.value",
                                    Formats.dateTime(line.recordedAt(), desk.locale()), line.agent())),
                            desk.answer("counter.summary.letter",
                                    desk.t("counter.summary.letter.value", desk.letter().version())),
                            desk.answer("counter.summary.channel", desk.t("channel.SERVICE_HALL")));
                })
                .confirm(() -> casework.confirmVerbalAtHall(file.personId(), line.id(), signed.getValue(),
                        dialog.reason()), () -> desk.t("counter.bind.done"), desk.reload());
        dialog.open();
    }
}
