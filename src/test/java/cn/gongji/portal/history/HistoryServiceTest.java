package cn.gongji.portal.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.support.ServiceTest;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.wallet.WalletService;

/** P5 statements, D24 privacy and D2 masking in a person's history. */
@ServiceTest
class HistoryServiceTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";
    static final String DETAIL = "{\"diagnosis\":\"J06.9 上呼吸道感染\",\"items\":[\"阿莫西林\",\"血常规\"]}";

    @Autowired
    HistoryService history;
    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    SettlementService settlements;
    @Autowired
    TestPeople people;

    Person sharer;
    Person parent;

    void sharerGrantsAndParentSettles() {
        sharer = people.employee(BEIJING, "1000.00");
        parent = people.resident(HENAN);
        Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        people.settle(new SettleCommand("PH-T", "R-" + java.util.UUID.randomUUID(), parent.idNumber(),
                parent.idNumber(), null, SettlementKind.PHARMACY, Money.of("120.00"), Money.of("0.00"), true,
                List.of(), DETAIL));
    }

    @Test
    void theSharerSeesTheUseOfHisMoneyWithoutAnyCareDetail_D24() {
        sharerGrantsAndParentSettles();

        List<HistoryLine> lines = history.lines(sharer.getId(), HistoryFilter.EVERYTHING, Pageable.ofSize(50))
                .getContent();

        HistoryLine spent = lines.stream().filter(l -> l.kind() == LedgerKind.QUOTA_SPENT).findFirst().orElseThrow();
        assertThat(spent.amount()).isEqualTo(Money.of("120.00"));
        assertThat(spent.useKind()).isEqualTo(UseKind.PHARMACY);
        assertThat(spent.counterParty()).isEqualTo(Masking.name(parent.getName()));
        assertThat(spent.balanceChange()).isEqualByComparingTo("-120.00");
        assertThat(spent.detail()).isEmpty();
        assertThat(lines).allSatisfy(l -> assertThat(l.detail()).isEmpty());
        String csv = new String(history.csv(sharer.getId(), HistoryFilter.EVERYTHING, Locale.SIMPLIFIED_CHINESE),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("120.00").doesNotContain("J06.9").doesNotContain("阿莫西林").doesNotContain("PH-T");
    }

    @Test
    void thePatientSeesHisOwnDetail_D24() {
        sharerGrantsAndParentSettles();

        HistoryLine spent = history.lines(parent.getId(), HistoryFilter.EVERYTHING, Pageable.ofSize(50)).stream()
                .filter(l -> l.kind() == LedgerKind.QUOTA_SPENT).findFirst().orElseThrow();

        assertThat(spent.detail()).containsExactly(new HistoryLine.Detail("diagnosis", "J06.9 上呼吸道感染"),
                new HistoryLine.Detail("items", "阿莫西林、血常规"));
        assertThat(spent.balanceChange()).isNull();
        assertThat(spent.counterParty()).isEqualTo(Masking.name(sharer.getName()));
    }

    @Test
    void linesAreNewestFirstAndFilteredByKind_P5() {
        sharerGrantsAndParentSettles();

        List<HistoryLine> all = history.lines(sharer.getId(), HistoryFilter.EVERYTHING, Pageable.ofSize(50))
                .getContent();
        List<HistoryLine> quota = history.lines(sharer.getId(), new HistoryFilter(null, null, KindGroup.QUOTA),
                Pageable.ofSize(50)).getContent();

        assertThat(all).extracting(HistoryLine::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(all.getFirst().kind()).isEqualTo(LedgerKind.QUOTA_SPENT);
        assertThat(quota).extracting(HistoryLine::kind).containsExactly(LedgerKind.QUOTA_GRANTED);
    }

    @Test
    void aPeriodInThePastHoldsNothingOfToday_P5() {
        sharerGrantsAndParentSettles();
        LocalDate yesterday = LocalDate.now(HistoryService.ZONE).minusDays(1);

        assertThat(history.lines(sharer.getId(), new HistoryFilter(null, yesterday, KindGroup.ALL),
                Pageable.ofSize(50))).isEmpty();
        assertThat(history.lines(sharer.getId(), new HistoryFilter(yesterday, null, KindGroup.ALL),
                Pageable.ofSize(50))).isNotEmpty();
    }

    @Test
    void theCsvHasAHeaderAndOneRowPerLineInTheChosenLanguage_P5() {
        sharerGrantsAndParentSettles();

        String csv = new String(history.csv(parent.getId(), HistoryFilter.EVERYTHING, Locale.ENGLISH),
                StandardCharsets.UTF_8);

        String[] rows = csv.substring(1).split("\r\n");
        assertThat(csv).startsWith("\uFEFF");
        assertThat(rows[0]).startsWith("Date and time,What,Kind of use,Amount (CNY)");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Paid from a shared quota,Pharmacy,120.00")
                .contains("diagnosis: J06.9 上呼吸道感染; items: 阿莫西林、血常规"));
        assertThat(csv).doesNotContain(sharer.getName()).doesNotContain(sharer.idNumber().value());
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsMadeInert_P5() {
        assertThat(HistoryService.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(HistoryService.cell("-120.00")).isEqualTo("-120.00");
        assertThat(HistoryService.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
