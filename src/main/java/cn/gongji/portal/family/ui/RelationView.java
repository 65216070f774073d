package cn.gongji.portal.family.ui;

import static cn.gongji.portal.ui.DialogParts.cancel;
import static cn.gongji.portal.ui.DialogParts.dialog;
import static cn.gongji.portal.ui.DialogParts.primary;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.history.HistoryService;
import cn.gongji.portal.ledger.LedgerService;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.security.CurrentUser;
import cn.gongji.portal.security.Roles;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.shared.RefusedException;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.MainLayout;
import cn.gongji.portal.ui.Notices;
import cn.gongji.portal.ui.OpenWalletButton;
import cn.gongji.portal.ui.ViewParts;
import cn.gongji.portal.wallet.QuotaSummary;
import cn.gongji.portal.wallet.WalletService;

/**
 * One relation, for either of its two parties; anyone else gets the not-found page and learns nothing (the
 * service answers RELATION_NOT_FOUND for a non-party). The sharer grants (with an optional end date, P2) and revokes
 * quota (D10), confirms or declines a request (D8); either party dissolves (D21); both see the quota in three amounts
 * and the relation's timeline with who acted, through which channel and why (P6). A dissolved relation stays here,
 * read-only, with its reason (D23).
 *
 * <p>Before anything that cannot be undone, the dialog shows a check-your-answers summary beside the one button that
 * does it; afterwards a panel says what happened and what the other person will see.
 */
@Route(value = "family/relation", layout = MainLayout.class)
@RolesAllowed(Roles.CITIZEN)
public class RelationView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    /** What the person just did, for the confirmation panel. */
    enum Done {
        BOUND, REQUESTED, GRANTED, REVOKED, DISSOLVED, CONFIRMED, DECLINED, WALLET_OPENED
    }

    private final FamilyService family;
    private final WalletService wallet;
    private final LedgerService ledger;
    private final HistoryService history;
    private final CommitmentLetter letter;
    private final long personId;
    private final Div confirmationSlot = new Div();
    private final Div content = new Div();
    private long relationId;
    private String otherName = "";

    RelationView(CurrentUser currentUser, FamilyService family, WalletService wallet, LedgerService ledger,
                 HistoryService history, CommitmentLetter letter) {
        this.family = family;
        this.wallet = wallet;
        this.ledger = ledger;
        this.history = history;
        this.letter = letter;
        this.personId = currentUser.require().requirePersonId();
        addClassName("portal-view");
        add(confirmationSlot, content);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            family.relationFor(personId, id);
        } catch (RefusedException notAParty) {
            // Not found and not allowed read the same: nothing of the relation is shown (D2).
            event.rerouteToError(NotFoundException.class);
            return;
        }
        this.relationId = id;
        render();
    }

    /** Shows what just happened at the top of the page until the next action. */
    void showConfirmation(Done done) {
        showConfirmation(done, null);
    }

    private void showConfirmation(Done done, Money amount) {
        String money = amount == null ? "" : Formats.money(amount, getLocale());
        String key = "relation.done." + done;
        confirmationSlot.removeAll();
        confirmationSlot.add(ViewParts.confirmation("action-confirmation",
                getTranslation(key + ".title", otherName, money),
                getTranslation(key + ".text", otherName, money),
                getTranslation(key + ".other", otherName, money)));
    }

    private void render() {
        Relation relation = family.relationFor(personId, relationId);
        boolean sharer = relation.getSharerId() == personId;
        long other = relation.otherParty(personId);
        otherName = family.maskedNameOf(other);
        content.removeAll();

        content.add(new H1(getTranslation(sharer ? "relation.title.sharer" : "relation.title.recipient", otherName)));
        RouterLink back = sharer ? new RouterLink(getTranslation("relation.back.family"), FamilyView.class)
                : new RouterLink(getTranslation("relation.back.received"), ReceivedView.class);
        back.setId("relation-back");
        content.add(back);

        content.add(facts(relation, sharer, other));
        if (relation.getMode() == SharingMode.WALLET) {
            content.add(quota(relation, sharer));
        } else {
            Section account = ViewParts.section(getTranslation("relation.account.title"));
            account.add(ViewParts.hint(getTranslation(sharer ? "relation.account.sharer" : "relation.account.recipient")));
            content.add(account);
        }
        if (relation.getStatus() == RelationStatus.PENDING && sharer) {
            Actor me = Actor.citizen(personId);
            content.add(new PendingRequest(letter, otherName,
                    () -> act(() -> family.confirm(personId, relationId, true, me), Done.CONFIRMED),
                    () -> act(() -> family.decline(personId, relationId, me), Done.DECLINED)));
        }
        if (relation.getStatus().isOpen() && !(relation.getStatus() == RelationStatus.PENDING && sharer)) {
            content.add(dissolveSection(relation, sharer));
        }
        content.add(new RelationTimeline(family, history, personId, relationId));
    }

    private Section facts(Relation relation, boolean sharer, long other) {
        Section facts = ViewParts.section(getTranslation("relation.facts.title"));
        Span status = new Span(getTranslation("status." + relation.getStatus()));
        status.setId("relation-status");
        Paragraph statusLine = new Paragraph(new Span(getTranslation("relation.status") + "："), status);
        statusLine.addClassName("portal-status");
        facts.add(statusLine);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {getTranslation(sharer ? "relation.recipient" : "relation.sharer"),
                otherName + "（" + family.maskedIdNumberOf(other) + "）"});
        rows.add(new String[] {getTranslation(sharer ? "relation.kinship.sharer" : "relation.kinship.recipient"),
                getTranslation("kinship." + relation.getKinship())});
        rows.add(new String[] {getTranslation("relation.mode"), getTranslation("mode." + relation.getMode())});
        rows.add(new String[] {getTranslation("relation.requestedAt"),
                Formats.dateTime(relation.getRequestedAt(), getLocale())});
        if (relation.getConfirmedAt() != null) {
            rows.add(new String[] {getTranslation("relation.confirmedAt"),
                    Formats.dateTime(relation.getConfirmedAt(), getLocale())});
        }
        if (relation.getEndedAt() != null) {
            rows.add(new String[] {getTranslation("relation.endedAt"),
                    Formats.dateTime(relation.getEndedAt(), getLocale()) + " · "
                            + getTranslation("endReason." + relation.getEndReason())});
        }
        family.commitmentOf(relation.getId()).ifPresent(c -> rows.add(new String[] {
                getTranslation("relation.commitment"),
                getTranslation("relation.commitment.signed", c.getLetterVersion(),
                        Formats.dateTime(c.getSignedAt(), getLocale()), getTranslation("channel." + c.getChannel()))
                        // Issue 12, D7: the signature confirmed what was said on the phone earlier.
                        + (c.getVerbalCommitmentId() == null ? "" : family.verbalCommitment(c.getVerbalCommitmentId())
                        .map(v -> getTranslation("relation.commitment.verbal",
                                Formats.dateTime(v.getRecordedAt(), getLocale()))).orElse(""))}));
        facts.add(ViewParts.summary("relation-facts", rows));
        return facts;
    }

    /** D10: the quota in three amounts that stand together, and the sharer's two actions on it. */
    private Section quota(Relation relation, boolean sharer) {
        QuotaSummary summary = wallet.summary(relation.getId());
        Section quota = ViewParts.section(getTranslation("relation.quota.title"));
        quota.add(ViewParts.amountGroup(
                ViewParts.amount("quota-granted", getTranslation("relation.quota.granted"),
                        getTranslation("relation.quota.granted.hint"), summary.granted(), getLocale()),
                ViewParts.amount("quota-used", getTranslation("relation.quota.used"),
                        getTranslation(sharer ? "relation.quota.used.hint.sharer" : "relation.quota.used.hint.recipient"),
                        summary.used(), getLocale()),
                ViewParts.amount("quota-returned", getTranslation("relation.quota.returned"),
                        getTranslation("relation.quota.returned.hint"), summary.returned(), getLocale()),
                ViewParts.amount("quota-available", getTranslation("relation.quota.available"),
                        getTranslation("relation.quota.available.hint"), summary.available(), getLocale())));
        if (!sharer || !relation.isLive()) {
            return quota;
        }
        Div actions = new Div();
        actions.addClassName("portal-actions");
        if (wallet.walletOpenedAt(personId).isEmpty()) {
            // D10: the sharer's own wallet is needed to grant; he opens it here in one step (docs/decisions.md).
            quota.add(ViewParts.hint(getTranslation("relation.wallet.needed")));
            actions.add(new OpenWalletButton(wallet, personId, () -> {
                render();
                showConfirmation(Done.WALLET_OPENED);
            }));
        } else {
            Button grant = new Button(getTranslation("relation.grant"), click -> quotaDialogs().grant());
            grant.setId("grant-quota");
            grant.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(grant);
        }
        Button revoke = new Button(getTranslation("relation.revoke"), click -> quotaDialogs().revoke(summary.available()));
        revoke.setId("revoke-quota");
        actions.add(revoke);
        quota.add(actions);
        return quota;
    }

    /** D21: either party ends the relation; a recipient's own pending request is withdrawn the same way (D8). */
    private Section dissolveSection(Relation relation, boolean sharer) {
        boolean withdraw = relation.getStatus() == RelationStatus.PENDING;
        Section end = ViewParts.section(getTranslation(withdraw ? "dissolve.withdraw.title" : "dissolve.title"));
        end.add(ViewParts.hint(getTranslation(withdraw ? "dissolve.withdraw.hint" : "dissolve.hint")));
        Button dissolve = new Button(getTranslation(withdraw ? "dissolve.withdraw.action" : "dissolve.action"),
                click -> dissolveDialog(relation, sharer, withdraw));
        dissolve.setId("dissolve-relation");
        dissolve.addThemeVariants(ButtonVariant.ERROR);
        end.add(dissolve);
        return end;
    }

    private void dissolveDialog(Relation relation, boolean sharer, boolean withdraw) {
        Dialog dialog = dialog("dissolve-dialog", getTranslation(withdraw ? "dissolve.withdraw.confirm.title"
                : "dissolve.confirm.title", otherName));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {getTranslation(sharer ? "relation.recipient" : "relation.sharer"), otherName});
        rows.add(new String[] {getTranslation(sharer ? "relation.kinship.sharer" : "relation.kinship.recipient"),
                getTranslation("kinship." + relation.getKinship())});
        if (relation.getMode() == SharingMode.WALLET && !withdraw) {
            rows.add(new String[] {getTranslation("dissolve.unused"),
                    Formats.money(wallet.summary(relation.getId()).available(), getLocale())});
        }
        dialog.add(new H3(getTranslation("check.title")), ViewParts.summary("dissolve-summary", rows));
        if (!withdraw) {
            dialog.add(new Paragraph(getTranslation(relation.getMode() == SharingMode.WALLET
                    ? "dissolve.effect.wallet" : "dissolve.effect.account")));
        }
        dialog.add(new Paragraph(getTranslation("dissolve.effect.other", otherName)));
        Button confirm = primary("dissolve-confirm", getTranslation(withdraw ? "dissolve.withdraw.action"
                : "dissolve.action"), () -> {
            dialog.close();
            act(() -> family.dissolve(personId, relationId, Actor.citizen(personId)), Done.DISSOLVED);
        });
        confirm.addThemeVariants(ButtonVariant.ERROR);
        dialog.getFooter().add(cancel(dialog, "dissolve-cancel"), confirm);
        dialog.open();
    }

    private QuotaDialogs quotaDialogs() {
        return new QuotaDialogs(this, getLocale(), wallet, ledger, personId, relationId, otherName, (done, amount) -> {
            render();
            showConfirmation(done, amount);
        });
    }

    private void act(Runnable action, Done done) {
        try {
            action.run();
        } catch (RefusedException refused) {
            Notices.refused(refused.refusal());
            render();
            return;
        }
        render();
        showConfirmation(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("relation.pageTitle") + " · " + getTranslation("app.title");
    }
}
