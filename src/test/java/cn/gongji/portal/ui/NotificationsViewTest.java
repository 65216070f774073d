package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    @Test
    void theSharerIsToldWhoUsedHowMuchForWhatAndNothingMore_D24_P3() {
        Person sharer = people.employee("110105", "900.00");
        Person recipient = people.resident("310104");
        Relation relation = bind(sharer, recipient);
        Quota quota = wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("200.00"), null,
                Actor.citizen(sharer.getId()));
        people.spendFromQuota(quota, "75.50", cn.gongji.portal.settlement.SettlementKind.CARE);

        login(sharer);
        navigate("notifications");

        assertThat(text("notifications-list"))
                .contains(Masking.name(recipient.getName()) + " 使用了您共济的 75.50 元（就医）。")
                .doesNotContain(recipient.getName());
    }

    @Test
    void theOtherSideIsToldARelationEndedAndWhy_D23_P3() {
        Person sharer = people.employee("110105", "900.00");
        Person recipient = people.resident("310104");
        Relation relation = bind(sharer, recipient);
        family.dissolve(sharer.getId(), relation.getId(), Actor.citizen(sharer.getId()));

        login(recipient);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("notifications");

        assertThat(text("notifications-list"))
                .contains("Family sharing with " + Masking.name(sharer.getName()) + " has ended: ended by the sharer.");
    }

    private Relation bind(Person sharer, Person recipient) {
        return family.bind(sharer.getId(), recipient.idNumber().value(), Kinship.SIBLING, true,
                Actor.citizen(sharer.getId()));
    }
}
