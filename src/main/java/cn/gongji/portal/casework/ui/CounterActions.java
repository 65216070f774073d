package cn.gongji.portal.casework.ui;

import static cn.gongji.portal.casework.ui.CounterDialog.concat;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.casework.CaseFile;
import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.RelationLine;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.AmountField;

/**
 * The counter actions on an open case (D7, D10, D21, issue 11): open the wallet, bind with the letter signed in the
 * hall, grant (co-signed above the limit) or take back a quota, end a relation. Each is a {@link CounterDialog}: the
 * form and the reason, then the answers to check with the citizen, then the action through {@link CaseworkService}.
 */
final class CounterActions {

    private final Desk desk;
    private final CaseworkService casework;
    private final CaseFile file;

    CounterActions(Desk desk) {
        this.desk = desk;
        this.casework = desk.casework();
        this.file = desk.file();
    }

    void openWallet() {
        CounterDialog dialog = desk.dialog("counter-wallet-dialog", "counter.wallet.title", "counter.wallet.confirm");
        dialog.form(desk.hint("counter.wallet.hint"))
                .review(() -> List.of(
                        desk.answer("counter.summary.person", file.name()),
                        desk.answer("counter.summary.action", desk.t("counter.wallet.title")),
                        desk.answer("counter.summary.channel", desk.t("channel.SERVICE_HALL"))))
                .confirm(() -> casework.openWallet(file.personId(), dialog.reason()),
                        () -> desk.t("counter.wallet.done", file.name()), desk.reload());
        dialog.open();
    }

    void bind() {
        BindingQuestions questions = new BindingQuestions(desk, "counter", "counter.bind.relativeId.hint",
                "counter.bind.letter", "counter-letter-signed", "counter.bind.signed");
        CounterDialog dialog = desk.dialog("counter-bind-dialog", "counter.bind.title", "counter.bind.confirm");
        questions.askIn(dialog, "counter.bind.hint", "counter-letter")
                .review(() -> concat(questions.check(),
                        desk.answer("counter.summary.letter", desk.t("counter.summary.letter.value",
                                desk.letter().version())),
                        desk.answer("counter.summary.channel", desk.t("channel.SERVICE_HALL"))))
                .confirm(() -> casework.bind(file.personId(), questions.relativeId(), questions.kinship(),
                                questions.agreed(), dialog.reason()),
                        () -> desk.t("counter.bind.done"), desk.reload());
        dialog.open();
    }

    void quota(RelationLine line, boolean grant) {
        String key = grant ? "counter.grant" : "counter.revoke";
        TextField amount = desk.amountField("counter-amount", key + ".amount", desk.t(key + ".amount.hint",
                desk.money(grant && file.balances() != null ? file.balances().available()
                        : line.quota().available())));
        CoSignFields coSign = new CoSignFields();
        if (grant) {
            amount.addValueChangeListener(change -> coSign.setVisible(needsCoSign(change.getValue())));
        }
        CounterDialog dialog = desk.dialog("counter-quota-dialog", key + ".title", key + ".confirm");
        dialog.form(desk.hint(key + ".hint"), amount, coSign)
                .field(Refusal.INVALID_AMOUNT, amount)
                .field(Refusal.QUOTA_EXCEEDS_AVAILABLE, amount)
                .field(Refusal.REVOKE_EXCEEDS_UNUSED, amount)
                .field(Refusal.CO_SIGN_REQUIRED, coSign.username())
                .field(Refusal.CO_SIGN_INVALID, coSign.password())
                .review(() -> {
                    Money value = Desk.amountOf(amount);
                    List<CounterDialog.Answer> answers = new ArrayList<>(List.of(
                            desk.answer("counter.summary.sharer", file.name()),
                            desk.answer("counter.summary.relative", desk.relative(line)),
                            desk.answer(key + ".amount", desk.money(value)),
                            desk.answer("counter.summary.channel", desk.t("channel.SERVICE_HALL"))));
                    if (grant && casework.needsCoSign(value)) {
                        if (coSign.value().isEmpty()) {
                            throw new RefusedException(Refusal.CO_SIGN_REQUIRED);
                        }
                        answers.add(desk.answer("counter.cosign.checker", coSign.value().username().strip()));
                    }
                    return answers;
                })
                .confirm(() -> {
                    Money value = Desk.amountOf(amount);
                    if (grant) {
                        casework.grant(file.personId(), line.relationId(), value, dialog.reason(), coSign.value());
                    } else {
                        casework.revoke(file.personId(), line.relationId(), value, dialog.reason());
                    }
                }, () -> desk.t(key + ".done", desk.money(Desk.amountOf(amount)), line.relativeName()),
                        desk.reload());
        dialog.open();
    }

    /** Whether the typed amount is above the co-sign limit; an amount that does not parse is refused later. */
    private boolean needsCoSign(String typed) {
        try {
            return casework.needsCoSign(AmountField.parse(typed));
        } catch (RefusedException | IllegalArgumentException notAnAmount) {
            return false;
        }
    }

    void dissolve(RelationLine line) {
        CounterDialog dialog = desk.dialog("counter-dissolve-dialog", "counter.dissolve.title",
                "counter.dissolve.confirm");
        dialog.form(desk.hint("counter.dissolve.hint"))
                .review(() -> List.of(
                        desk.answer("counter.summary.person", file.name()),
                        desk.answer("counter.summary.relative", desk.relative(line)),
                        desk.answer("counter.summary.effect", desk.t("counter.dissolve.effect")),
                        desk.answer("counter.summary.channel", desk.t("channel.SERVICE_HALL"))))
                .confirm(() -> casework.dissolve(file.personId(), line.relationId(), dialog.reason()),
                        () -> desk.t("counter.dissolve.done", line.relativeName()), desk.reload());
        dialog.open();
    }
}
