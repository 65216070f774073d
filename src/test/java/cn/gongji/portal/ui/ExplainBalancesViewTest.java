package cn.gongji.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.wallet.Quota;
import cn.gongji.portal.wallet.WalletService;

/**
 * Issue 12: each figure of the home page has a real button {@code explain-<id>} that opens its explanation, whose
 * total reads exactly as the figure does, in Chinese and in English; a sharer's lines name the relative masked (D2)
 * and never the care (D24). And the quota reminder (P2, P3) reads in the reader's language with the last day.
 */
class ExplainBalancesViewTest extends KaribuTest {

    private static final String DIAGNOSIS = "J06.9 上呼吸道感染";
    private static final List<String> ACCOUNT_FIGURES = List.of("account-balance", "reserved-balance",
            "available-balance");
    private static final Map<String, String> LABELS = Map.of("account-balance", "账户余额", "reserved-balance",
            "已预留额度", "available-balance", "可用余额");

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    Clock clock;

    Person sharer;
    Person parent;
    Quota quota;

    void sharerGrantsAndParentSpends() {
        sharer = people.employee("110105", "1000.00");
        parent = people.resident("410102");
        Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        quota = wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null,
                Actor.citizen(sharer.getId()));
        people.settle(new SettleCommand("PH-EXPLAIN-UI", "R-" + UUID.randomUUID(), parent.idNumber(),
                parent.idNumber(), null, SettlementKind.PHARMACY, Money.of("120.00"), Money.ZERO, true, List.of(),
                "{\"diagnosis\":\"" + DIAGNOSIS + "\"}"));
    }

    @Test
    void everyAccountFigureOpensAnExplanationWhoseTotalIsTheFigure_inChinese() {
        sharerGrantsAndParentSpends();
        login(sharer);
        navigate("");

        for (String figure : ACCOUNT_FIGURES) {
            String shown = text(figure);
            Button open = byId(Button.class, "explain-" + figure);
            // The accessible name starts with the visible words and names the figure (WCAG "label in name").
            assertThat(open.getAriaLabel()).hasValueSatisfying(label -> assertThat(label)
                    .isEqualTo(open.getText() + "：" + LABELS.get(figure)));
            _click(open);

            assertThat(exists("explain-" + figure + "-dialog")).isTrue();
            assertThat(text("explain-" + figure + "-total")).isEqualTo(shown);
            _click(byId(Button.class, "explain-" + figure + "-close"));
            assertThat(exists("explain-" + figure + "-dialog")).isFalse();
        }
        assertThat(List.of(text("account-balance"), text("reserved-balance"), text("available-balance")))
                .containsExactly("880.00 元", "380.00 元", "500.00 元");
    }

    @Test
    void everyAccountFigureOpensAnExplanationWhoseTotalIsTheFigure_inEnglish() {
        sharerGrantsAndParentSpends();
        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("");

        for (String figure : ACCOUNT_FIGURES) {
            String shown = text(figure);
            assertThat(byId(Button.class, "explain-" + figure).getText()).isEqualTo("See how this is made up");
            _click(byId(Button.class, "explain-" + figure));

            assertThat(text("explain-" + figure + "-total")).isEqualTo(shown).startsWith("CNY ");
            _click(byId(Button.class, "explain-" + figure + "-close"));
        }
        _click(byId(Button.class, "explain-account-balance"));
        assertThat(text("explain-account-balance-lines"))
                .contains("Paid from a shared quota (Pharmacy), relative: " + Masking.name(parent.getName()))
                .contains("CNY −120.00").contains("CNY +1000.00");
    }

    @Test
    void theSharersLinesNameTheRelativeMaskedAndNeverTheCare_D2_D24() {
        sharerGrantsAndParentSpends();
        login(sharer);
        navigate("");

        _click(byId(Button.class, "explain-account-balance"));
        String balanceLines = text("explain-account-balance-lines");
        _click(byId(Button.class, "explain-account-balance-close"));
        _click(byId(Button.class, "explain-reserved-balance"));
        String reservedLines = text("explain-reserved-balance-lines");

        assertThat(balanceLines).contains("共济额度支付（药店购药），家人：" + Masking.name(parent.getName()))
                .contains("−120.00 元").contains("+1000.00 元");
        assertThat(reservedLines).contains("给 " + Masking.name(parent.getName())
                + " 的额度：授予 500.00 元，已用 120.00 元，已退回 0.00 元").contains("380.00 元");
        for (String lines : List.of(balanceLines, reservedLines)) {
            assertThat(lines).doesNotContain(DIAGNOSIS).doesNotContain(parent.getName())
                    .doesNotContain("PH-EXPLAIN-UI");
        }
    }

    @Test
    void availableIsShownAsBalanceMinusReserved_D11() {
        sharerGrantsAndParentSpends();
        login(sharer);
        navigate("");

        _click(byId(Button.class, "explain-available-balance"));

        assertThat(text("explain-available-balance-lines")).contains("账户余额").contains("+880.00 元")
                .contains("减去：已预留额度").contains("−380.00 元");
        assertThat(text("explain-available-balance-total")).isEqualTo("500.00 元");
    }

    @Test
    void theRecipientsSharedMoneyIsExplainedBySharerAndQuota_inBothLanguages_D10() {
        sharerGrantsAndParentSpends();
        login(parent);
        navigate("");
        assertThat(exists("explain-account-balance")).isFalse();
        String shown = text("shared-available");

        _click(byId(Button.class, "explain-shared-available"));

        assertThat(text("explain-shared-available-total")).isEqualTo(shown).isEqualTo("380.00 元");
        assertThat(text("explain-shared-available-lines"))
                .contains(Masking.name(sharer.getName()) + " 授予您的额度中尚未用掉的部分");

        _click(byId(Button.class, "explain-shared-available-close"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("notifications");
        navigate("");
        _click(byId(Button.class, "explain-shared-available"));

        assertThat(text("explain-shared-available-total")).isEqualTo("CNY 380.00");
        assertThat(text("explain-shared-available-lines"))
                .contains("Unused part of a quota " + Masking.name(sharer.getName()) + " granted you");
    }

    @Test
    void theFigureOnThePageFollowsTheExplanationWhenMoneyMovedSinceThePageOpened_D25() {
        sharerGrantsAndParentSpends();
        login(sharer);
        navigate("");
        assertThat(text("account-balance")).isEqualTo("880.00 元");

        people.spendFromQuota(quota, "30.00");
        _click(byId(Button.class, "explain-account-balance"));
        String total = text("explain-account-balance-total");
        _click(byId(Button.class, "explain-account-balance-close"));

        assertThat(total).isEqualTo("850.00 元");
        assertThat(text("account-balance")).isEqualTo(total);
    }

    @Test
    void theRecipientReadsTheQuotaReminderWithItsLastDay_inChinese_P2_P3() {
        LocalDate lastDay = quotaEndingIn6DaysReminded();

        login(parent);
        navigate("notifications");

        assertThat(text("notifications-list")).contains("提醒：" + Masking.name(sharer.getName()) + " 给您的共济额度将于 "
                + lastDay.getYear() + "年" + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth()
                + "日 到期，还有 250.00 元 没有用。");
    }

    @Test
    void theSharerReadsTheQuotaReminderWithItsLastDay_inEnglish_P2_P3() {
        LocalDate lastDay = quotaEndingIn6DaysReminded();

        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("notifications");

        assertThat(text("notifications-list")).contains("Reminder: the quota you granted "
                + Masking.name(parent.getName()) + " ends on "
                + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).format(lastDay)
                + ", and CNY 250.00 of it is still unused.");
    }

    private LocalDate quotaEndingIn6DaysReminded() {
        sharer = people.employee("110105", "1000.00");
        parent = people.resident("410102");
        Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        LocalDate lastDay = LocalDate.now(clock).plusDays(6);
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("250.00"), lastDay,
                Actor.citizen(sharer.getId()));
        wallet.remindEndingAsOf(LocalDate.now(clock));
        return lastDay;
    }
}
