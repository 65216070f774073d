package cn.gongji.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.WalletService;

/**
 * D10: the citizen opens his own wallet — the one button ({@code #open-wallet}) and the one dialog that asks him, on
 * the home page and wherever a grant needs the wallet first. One decision in one dialog; the button says what it does.
 * A refusal (the insurance ended) is told by the error handler and changes nothing.
 */
public final class OpenWalletButton extends Button {

    /** @param opened what the page does once the wallet is open (show it as it now is) */
    public OpenWalletButton(WalletService wallet, long personId, Runnable opened) {
        setText(getTranslation("home.wallet.openAction"));
        setId("open-wallet");
        addThemeVariants(ButtonVariant.PRIMARY);
        addClickListener(click -> confirm(wallet, personId, opened));
    }

    private void confirm(WalletService wallet, long personId, Runnable opened) {
        Dialog dialog = DialogParts.dialog("open-wallet-dialog", getTranslation("home.wallet.confirm.title"));
        dialog.add(new Paragraph(getTranslation("home.wallet.confirm.text")));
        Button confirm = DialogParts.primary("open-wallet-confirm", getTranslation("home.wallet.confirm.action"),
                () -> {
                    dialog.close();
                    wallet.openWallet(personId, Actor.citizen(personId));
                    opened.run();
                });
        dialog.getFooter().add(DialogParts.cancel(dialog, "open-wallet-cancel"), confirm);
        dialog.open();
    }
}
