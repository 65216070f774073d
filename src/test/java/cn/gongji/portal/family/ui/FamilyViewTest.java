package cn.gongji.portal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;

import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Masking;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ui.KaribuTest;

/** /family: the sharer's relations and adding a relative (D1, D3, D4, D5, D6, D7), who may see the page at all. */
class FamilyViewTest extends KaribuTest {

    static final String BEIJING = "110105";
    static final String HENAN = "410102";

    @Autowired
    FamilyService family;
    @Autowired
    CommitmentLetter letter;

    @Test
    void anEmployeeHasTheFamilyMenu() {
        login(people.employee(BEIJING, "10.00"));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "我的家人共济", "家人共济给我", "收支明细", "消息通知", "修改密码");
    }

    @Test
    void aResidentHasNoFamilyMenu() {
        login(people.resident(HENAN));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "家人共济给我", "收支明细", "消息通知", "修改密码");
    }

    @Test
    void aPersonWhoseInsuranceEndedSeesOnlyHisHistory() {
        Person ended = people.employee(BEIJING, "10.00");
        people.terminate(ended);
        login(people.reload(ended));
        navigate("");

        assertThat(menuLabels()).containsExactly("首页", "收支明细", "消息通知", "修改密码");
    }

    @Test
    void aResidentOpeningFamilyGetsNotFound() {
        login(people.resident(HENAN));
        open("family");

        assertThat(exists("not-found")).isTrue();
        assertThat(exists("relations-grid")).isFalse();
        assertThat(exists("add-relative")).isFalse();
    }

    @Test
    void bindingWithTheLetterAcceptedOpensTheLiveRelationAndSaysWhatTheRelativeSees_D7() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        login(sharer);
        navigate("family");
        assertThat(exists("relations-empty")).isTrue();

        _click(byId(Button.class, "add-relative"));
        assertThat(text("commitment-letter")).isEqualTo(letter.text(Locale.SIMPLIFIED_CHINESE));
        fill(parent.idNumber().value(), Kinship.PARENT, true);
        assertThat(text("bind-summary")).contains(parent.idNumber().value()).contains("父母").contains("已同意");
        _click(byId(Button.class, "bind-submit"));

        Relation relation = family.asSharer(sharer.getId()).getFirst();
        assertThat(relation.getKinship()).isEqualTo(Kinship.PARENT);
        assertThat(family.commitmentOf(relation.getId())).isPresent();
        assertThat(text("relation-status")).isEqualTo("生效中");
        assertThat(text("action-confirmation")).contains("已绑定 " + Masking.name(parent.getName()))
                .contains("会收到通知");
    }

    @Test
    void theListShowsMaskedNamesKinshipModeStatusAndQuota_D2() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true, Actor.citizen(sharer.getId()));
        login(sharer);
        navigate("family");

        @SuppressWarnings("unchecked")
        Grid<Relation> grid = byId(Grid.class, "relations-grid");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsSubsequence("父母", "跨省（医保钱包）", "生效中", "0.00 元");
        assertThat(text("relations-grid")).doesNotContain(parent.getName());
    }

    @Test
    void withoutAcceptingTheLetterNothingIsBound_D7() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person parent = people.resident(HENAN);
        login(sharer);
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        fill(parent.idNumber().value(), Kinship.PARENT, false);

        _click(byId(Button.class, "bind-submit"));

        Checkbox accept = byId(Checkbox.class, "commitment-accept");
        assertThat(accept.isInvalid()).isTrue();
        assertThat(accept.getErrorMessage()).isEqualTo("请先阅读《家庭共济承诺书》，并勾选同意后再继续。");
        assertThat(family.asSharer(sharer.getId())).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsFlaggedAsSoonAsTheNumberIsComplete_D1() {
        login(people.employee(BEIJING, "1000.00"));
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        TextField id = byId(TextField.class, "relative-id");

        id.setValue("41010219500915013");
        assertThat(id.isInvalid()).isFalse();
        id.setValue("410102195009150135");

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).startsWith("这个身份证号码不正确");
    }

    @Test
    void theSpousesParentIsRefusedWithItsReasonAndNothingChanges_D3() {
        Person husband = people.employee(BEIJING, "1000.00");
        Person wife = people.employee(BEIJING, "1000.00");
        Person wifesFather = people.resident(BEIJING);
        family.bind(husband.getId(), wife.idNumber().value(), Kinship.SPOUSE, true, Actor.citizen(husband.getId()));
        family.bind(wife.getId(), wifesFather.idNumber().value(), Kinship.PARENT, true, Actor.citizen(wife.getId()));
        login(husband);
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        fill(wifesFather.idNumber().value(), Kinship.PARENT, true);

        _click(byId(Button.class, "bind-submit"));

        String reason = "记录显示这位是您配偶的父母。按规定，配偶的父母不在家庭共济的范围内，不能绑定。";
        assertThat(byId(TextField.class, "relative-id").getErrorMessage()).isEqualTo(reason);
        expectRefusalNotice(reason);
        assertThat(family.asSharer(husband.getId())).hasSize(1);
        assertThat(exists("bind-dialog")).isTrue();
    }

    @Test
    void aSiblingInA2021ScopeProvinceIsRefusedOnTheKinshipField_D4() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person brother = people.resident(BEIJING);
        login(sharer);
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        fill(brother.idNumber().value(), Kinship.SIBLING, true);

        _click(byId(Button.class, "bind-submit"));

        assertThat(byId(Select.class, "relation-kind").getErrorMessage()).startsWith("您所在统筹地区的省内共济目前只允许");
        assertThat(family.asSharer(sharer.getId())).isEmpty();
    }

    @Test
    void bindingYourselfIsRefusedNextToTheIdNumber_P4() {
        Person sharer = people.employee(BEIJING, "1000.00");
        login(sharer);
        navigate("family");
        _click(byId(Button.class, "add-relative"));
        fill(sharer.idNumber().value(), Kinship.SPOUSE, true);

        _click(byId(Button.class, "bind-submit"));

        assertThat(byId(TextField.class, "relative-id").getErrorMessage()).isEqualTo("不能和自己建立共济关系。请输入家人的身份证号码。");
    }

    @Test
    void eachRefusalAboutTheRelativeShowsItsOwnReasonNextToTheIdNumber_P4() {
        Person sharer = people.employee(BEIJING, "1000.00");
        Person bound = people.resident(HENAN);
        family.bind(sharer.getId(), bound.idNumber().value(), Kinship.PARENT, true, Actor.citizen(sharer.getId()));
        Person ended = people.resident(HENAN);
        people.terminate(ended);
        Person noWallet = people.person(cn.gongji.portal.support.TestPeople.idNumber(HENAN), "钱未开",
                cn.gongji.portal.identity.Scheme.RESIDENT, HENAN, null, false);
        String unknown = cn.gongji.portal.support.TestPeople.idNumber(HENAN);
        login(sharer);
        navigate("family");

        assertRefusedOnId(bound.idNumber().value(), "您和这位家人之间已经有一条生效中或等待确认的共济关系");
        assertRefusedOnId(ended.idNumber().value(), "这位人员的医保已停保或终止");
        assertRefusedOnId(noWallet.idNumber().value(), "这位家人在外省参保，跨省共济需要他（她）先开通自己的医保钱包");
        assertRefusedOnId(unknown, "没有找到这位家人的基本医疗保险参保记录");
        assertThat(family.asSharer(sharer.getId())).hasSize(1);
    }

    private static void assertRefusedOnId(String idNumber, String reasonStart) {
        _click(byId(Button.class, "add-relative"));
        fill(idNumber, Kinship.PARENT, true);
        _click(byId(Button.class, "bind-submit"));
        assertThat(byId(TextField.class, "relative-id").getErrorMessage()).startsWith(reasonStart);
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        _click(byId(Button.class, "bind-cancel"));
    }

    @Test
    void inEnglishTheKinshipsReadAsTheSpecSays() {
        login(people.employee(BEIJING, "1000.00"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("family");
        _click(byId(Button.class, "add-relative"));

        @SuppressWarnings("unchecked")
        Select<Kinship> kinds = byId(Select.class, "relation-kind");
        assertThat(kinds.getListDataView().getItems().map(kinds.getItemLabelGenerator()).toList()).containsExactly(
                "Spouse", "Parent", "Child", "Sibling", "Paternal grandparent", "Maternal grandparent", "Son's child",
                "Daughter's child");
        assertThat(text("commitment-letter")).isEqualTo(letter.text(Locale.ENGLISH));
        assertThat(text("bind-submit")).isEqualTo("Bind relative");
    }

    @SuppressWarnings("unchecked")
    private static void fill(String idNumber, Kinship kinship, boolean accept) {
        byId(TextField.class, "relative-id").setValue(idNumber);
        byId(Select.class, "relation-kind").setValue(kinship);
        byId(Checkbox.class, "commitment-accept").setValue(accept);
    }

    private static List<String> menuLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
