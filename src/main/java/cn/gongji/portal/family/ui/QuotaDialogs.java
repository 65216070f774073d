package cn.gongji.portal.family.ui;

import static cn.gongji.portal.ui.DialogParts.amountText;
import static cn.gongji.portal.ui.DialogParts.answersCheck;
import static cn.gongji.portal.ui.DialogParts.cancel;
import static cn.gongji.portal.ui.DialogParts.dialog;
import static cn.gongji.portal.ui.DialogParts.primary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import cn.gongji.portal.family.ui.RelationView.Done;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.AmountField;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.ViewParts;
import cn.gongji.portal.wallet.WalletService;

/**
 * The sharer's two actions on a relation's quota (D10): grant, with an optional last day (P2), and take back what is
 * unused. Each dialog checks the amount as it is typed ({@link AmountField}, D28), shows a check-your-answers summary
 * beside the one button that acts, and puts a refusal beside the field it is about (P4); the dialog stays open with
 * what was typed.
 */
final class QuotaDialogs {

    private final Component owner;
    private final Locale locale;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final long personId;
    private final long relationId;
    private final String otherName;
    private final BiConsumer<Done, Money> done;

    /**
     * @param owner the relation page (its language is used)
     * @param done  what the page does after a grant or a take-back, with the amount moved
     */
    QuotaDialogs(Component owner, Locale locale, WalletService wallet, LedgerService ledger, long personId,
                 long relationId, String otherName, BiConsumer<Done, Money> done) {
        this.owner = owner;
        this.locale = locale;
        this.wallet = wallet;
        this.ledger = ledger;
        this.personId = personId;
        this.relationId = relationId;
        this.otherName = otherName;
        this.done = done;
    }

    /** Form state of the grant dialog. */
    static final class GrantAnswers {
        private String amount = "";
        private LocalDate endDate;

        String getAmount() {
            return amount;
        }

        void setAmount(String amount) {
            this.amount = amount;
        }

        LocalDate getEndDate() {
            return endDate;
        }

        void setEndDate(LocalDate endDate) {
            this.endDate = endDate;
        }
    }

    void grant() {
        Dialog dialog = dialog("grant-dialog", t("grant.title", otherName));
        dialog.add(ViewParts.hint(t("grant.available",
                Formats.money(ledger.balances(personId).available(), locale))));
        TextField amount = AmountField.create("quota-amount", t("grant.amount"),
                t("money.unit"));
        amount.setHelperText(t("grant.amount.hint"));
        DatePicker endDate = ViewParts.datePicker(t("grant.endDate"), locale);
        endDate.setId("quota-end-date");
        endDate.setHelperText(t("grant.endDate.hint"));
        endDate.setMin(ViewParts.today());
        endDate.setI18n(endDate.getI18n().setMinErrorMessage(t(Refusal.INVALID_END_DATE.messageKey())));
        Binder<GrantAnswers> binder = new Binder<>();
        binder.forField(amount).asRequired(t("amount.required")).withValidator(AmountField::check)
                .bind(GrantAnswers::getAmount, GrantAnswers::setAmount);
        // P2: an end date, if any, is today or later.
        binder.forField(endDate).withValidator(d -> d == null || !d.isBefore(ViewParts.today()),
                        t(Refusal.INVALID_END_DATE.messageKey()))
                .bind(GrantAnswers::getEndDate, GrantAnswers::setEndDate);
        binder.setBean(new GrantAnswers());
        Div check = answersCheck(binder, "grant-summary", () -> List.of(
                        new String[] {t("grant.to"), otherName},
                        new String[] {t("grant.amount"), amountText(owner, locale, amount.getValue())},
                        new String[] {t("grant.endDate"), endDate.getValue() == null
                            ? t("grant.endDate.none") : Formats.date(endDate.getValue(), locale)}),
                () -> t("grant.effect"));
        dialog.add(amount, endDate, check);
        Button submit = primary("grant-submit", t("grant.submit"), () -> {
            if (!binder.validate().isOk()) {
                return;
            }
            GrantAnswers answers = binder.getBean();
            try {
                Money granted = AmountField.parse(answers.getAmount());
                wallet.grantQuota(personId, relationId, granted, answers.getEndDate(), Actor.citizen(personId));
                dialog.close();
                done.accept(Done.GRANTED, granted);
            } catch (RefusedException refused) {
                Notices.refusedAt(refused.refusal(), refused.refusal() == Refusal.INVALID_END_DATE ? endDate : amount,
                        Refusal.INVALID_AMOUNT, Refusal.QUOTA_EXCEEDS_AVAILABLE, Refusal.INVALID_END_DATE);
            }
        });
        dialog.getFooter().add(cancel(dialog, "grant-cancel"), submit);
        dialog.open();
        amount.focus();
    }

    void revoke(Money unused) {
        Dialog dialog = dialog("revoke-dialog", t("revoke.title", otherName));
        dialog.add(ViewParts.hint(t("revoke.unused", Formats.money(unused, locale))));
        TextField amount = AmountField.create("revoke-amount", t("revoke.amount"),
                t("money.unit"));
        amount.setHelperText(t("revoke.amount.hint"));
        Button all = new Button(t("revoke.all", Formats.money(unused, locale)),
                click -> amount.setValue(unused.toString()));
        all.setId("revoke-all");
        all.addThemeVariants(ButtonVariant.TERTIARY);
        Binder<String[]> binder = new Binder<>();
        binder.forField(amount).asRequired(t("amount.required")).withValidator(AmountField::check)
                .bind(a -> a[0], (a, v) -> a[0] = v);
        binder.setBean(new String[] {""});
        Div check = answersCheck(binder, "revoke-summary", () -> List.of(
                        new String[] {t("revoke.from"), otherName},
                        new String[] {t("revoke.amount"), amountText(owner, locale, amount.getValue())}),
                () -> t("revoke.effect", otherName));
        dialog.add(amount, all, check);
        Button submit = primary("revoke-submit", t("revoke.submit"), () -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                Money revoked = wallet.revokeQuota(personId, relationId, AmountField.parse(amount.getValue()),
                        Actor.citizen(personId));
                dialog.close();
                done.accept(Done.REVOKED, revoked);
            } catch (RefusedException refused) {
                Notices.refusedAt(refused.refusal(), amount, Refusal.INVALID_AMOUNT, Refusal.REVOKE_EXCEEDS_UNUSED);
            }
        });
        submit.addThemeVariants(ButtonVariant.ERROR);
        dialog.getFooter().add(cancel(dialog, "revoke-cancel"), submit);
        dialog.open();
        amount.focus();
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
