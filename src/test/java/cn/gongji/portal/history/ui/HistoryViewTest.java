package cn.gongji.portal.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.history.HistoryLine;
import cn.gongji.portal.history.KindGroup;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.settlement.SettleCommand;
import cn.gongji.portal.settlement.SettlementKind;
import cn.gongji.portal.settlement.SettlementService;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.wallet.WalletService;

/** /history: newest first, filters, CSV (P5); the sharer never sees care detail, the patient does (D24). */
class HistoryViewTest extends KaribuTest {

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;
    @Autowired
    SettlementService settlements;

    Person sharer;
    Person parent;

    void grantAndSettle() {
        sharer = people.employee("110105", "1000.00");
        parent = people.resident("410102");
        Relation relation = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        wallet.grantQuota(sharer.getId(), relation.getId(), Money.of("500.00"), null, Actor.citizen(sharer.getId()));
        people.settle(new SettleCommand("PH-410100-001", "R-" + java.util.UUID.randomUUID(), parent.idNumber(),
                parent.idNumber(), null, SettlementKind.PHARMACY, Money.of("120.00"), Money.of("0.00"), true,
                List.of(), "{\"diagnosis\":\"高血压\",\"items\":[\"硝苯地平\"]}"));
    }

    @Test
    void theSharerSeesNewestFirstAndNoCareDetail_D24_P5() {
        grantAndSettle();
        login(sharer);
        navigate("history");

        Grid<HistoryLine> grid = grid();
        List<String> newest = GridKt._getFormattedRow(grid, 0);
        assertThat(newest).containsSubsequence("共济额度支付（药店购药）", "120.00 元", "−120.00 元",
                Masking.name(parent.getName()) + "（被共济人）", "");
        assertThat(allText(grid)).doesNotContain("高血压").doesNotContain("硝苯地平");
    }

    @Test
    void thePatientSeesHisOwnDetail_D24() {
        grantAndSettle();
        login(parent);
        navigate("history");

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("诊断：高血压；项目：硝苯地平");
    }

    @Test
    void filtersNarrowByKindAndPeriod_P5() {
        grantAndSettle();
        login(sharer);
        navigate("history");
        int all = GridKt._size(grid());

        @SuppressWarnings("unchecked")
        Select<KindGroup> kind = byId(Select.class, "history-kind");
        kind.setValue(KindGroup.QUOTA);
        assertThat(GridKt._size(grid())).isEqualTo(1).isLessThan(all);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("授予共济额度");

        kind.setValue(KindGroup.ALL);
        byId(DatePicker.class, "history-to").setValue(LocalDate.now().minusDays(1));
        assertThat(GridKt._size(grid())).isZero();
        assertThat(text("history-period")).contains("最早");
    }

    @Test
    void anEndBeforeTheStartIsFlagged_P5() {
        login(people.employee("110105", "10.00"));
        navigate("history");
        byId(DatePicker.class, "history-from").setValue(LocalDate.now());
        DatePicker to = byId(DatePicker.class, "history-to");

        to.setValue(LocalDate.now().minusDays(3));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
    }

    @Test
    void theCsvDownloadHoldsTheFilteredLines_P5() {
        grantAndSettle();
        login(sharer);
        navigate("history");

        String csv = new String(DownloadKt._download(byId(Anchor.class, "history-export")), StandardCharsets.UTF_8);

        assertThat(csv).contains("时间,事项,用途,金额（元）").contains("共济额度支付,药店购药,120.00,-120.00")
                .doesNotContain("高血压");
    }

    @Test
    void inEnglishTheStatementReadsInEnglish() {
        grantAndSettle();
        login(sharer);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("history");

        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("CNY 120.00");
        assertThat(text("history-export")).isEqualTo("Download statement (CSV)");
    }

    @SuppressWarnings("unchecked")
    private static Grid<HistoryLine> grid() {
        return byId(Grid.class, "history-grid");
    }

    private static String allText(Grid<HistoryLine> grid) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < GridKt._size(grid); i++) {
            all.append(GridKt._getFormattedRow(grid, i)).append('\n');
        }
        return all.toString();
    }
}
