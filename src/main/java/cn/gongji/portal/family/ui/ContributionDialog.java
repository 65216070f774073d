package cn.gongji.portal.family.ui;

import static cn.gongji.portal.ui.DialogParts.amountText;
import static cn.gongji.portal.ui.DialogParts.answersCheck;
import static cn.gongji.portal.ui.DialogParts.cancel;
import static cn.gongji.portal.ui.DialogParts.dialog;
import static cn.gongji.portal.ui.DialogParts.primary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.settlement.ContributionReceipt;
import cn.gongji.portal.settlement.ContributionScheme;
import cn.gongji.portal.settlement.ContributionService;
import cn.gongji.portal.settlement.FundsService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.AmountField;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.ViewParts;

/**
 * D14: the recipient pays his own resident-insurance or long-term-care contribution from the money shared with him,
 * in full only. The scheme and the amount (checked as typed, D28), a check-your-answers summary, then the payment;
 * the receipt says which sharer's money paid how much (masked, D2), in the order of use (P1).
 */
final class ContributionDialog {

    private final Component owner;
    private final Locale locale;
    private final FamilyService family;
    private final FundsService funds;
    private final ContributionService contributions;
    private final long personId;
    private final BiConsumer<String, String[]> done;

    /** @param done what the page does after a payment, with the confirmation's title and lines */
    ContributionDialog(Component owner, Locale locale, FamilyService family, FundsService funds,
                       ContributionService contributions, long personId, BiConsumer<String, String[]> done) {
        this.owner = owner;
        this.locale = locale;
        this.family = family;
        this.funds = funds;
        this.contributions = contributions;
        this.personId = personId;
        this.done = done;
    }

    void open() {
        Dialog dialog = dialog("contribution-dialog", t("contribution.title"));
        dialog.add(ViewParts.hint(t("contribution.available",
                Formats.money(funds.sharedAvailable(personId), locale))));
        Select<ContributionScheme> scheme = new Select<>();
        scheme.setId("contribution-scheme");
        scheme.setLabel(t("contribution.scheme"));
        scheme.setItems(ContributionScheme.values());
        scheme.setItemLabelGenerator(s -> t("contribution.scheme." + s));
        scheme.setPlaceholder(t("contribution.scheme.placeholder"));
        scheme.setWidthFull();
        scheme.setRequiredIndicatorVisible(true);
        TextField amount = AmountField.create("contribution-amount", t("contribution.amount"),
                t("money.unit"));
        amount.setHelperText(t("contribution.amount.hint"));
        Binder<Object[]> binder = new Binder<>();
        binder.forField(scheme).asRequired(t("contribution.scheme.required"))
                .bind(a -> (ContributionScheme) a[0], (a, v) -> a[0] = v);
        binder.forField(amount).asRequired(t("amount.required")).withValidator(AmountField::check)
                .bind(a -> (String) a[1], (a, v) -> a[1] = v);
        binder.setBean(new Object[] {null, ""});
        Div check = answersCheck(binder, "contribution-summary", () -> List.of(
                        new String[] {t("contribution.scheme"), scheme.getValue() == null
                            ? t("check.missing") : t("contribution.scheme." + scheme.getValue())},
                        new String[] {t("contribution.amount"), amountText(owner, locale, amount.getValue())}),
                () -> t("contribution.effect"));
        dialog.add(scheme, amount, check);
        Button submit = primary("contribution-submit", t("contribution.submit"), () -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                ContributionReceipt receipt = contributions.pay(personId, scheme.getValue(),
                        AmountField.parse(amount.getValue()), Actor.citizen(personId));
                dialog.close();
                List<String> lines = new ArrayList<>();
                lines.add(t("contribution.done.text", Formats.money(receipt.amount(), locale),
                        t("contribution.scheme." + receipt.scheme())));
                receipt.parts().forEach(p -> lines.add(t("contribution.done.part",
                        family.maskedNameOf(p.sharerId()), Formats.money(p.amount(), locale))));
                lines.add(t("contribution.done.other"));
                done.accept(t("contribution.done.title"), lines.toArray(String[]::new));
            } catch (RefusedException refused) {
                Notices.refusedAt(refused.refusal(), amount, Refusal.INVALID_AMOUNT,
                        Refusal.INSUFFICIENT_SHARED_FUNDS);
            }
        });
        dialog.getFooter().add(cancel(dialog, "contribution-cancel"), submit);
        dialog.open();
    }

    private String t(String key, Object... params) {
        return owner.getTranslation(key, params);
    }
}
