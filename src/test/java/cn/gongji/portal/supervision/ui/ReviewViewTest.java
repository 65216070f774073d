package cn.gongji.portal.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.supervision.FlagRule;
import cn.gongji.portal.supervision.FlagStatus;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;

/** {@code /review}: supervisors see, filter and resolve flags with a note; resolved ones stay in history (D27). */
class ReviewViewTest extends KaribuTest {

    @Autowired
    FamilyService family;

    /** A sharer born 1980 who declares a "parent" born 1995: one kinship flag. */
    Person flaggedSharer() {
        Person sharer = people.person(TestPeople.idNumber("110105", LocalDate.of(1980, 5, 1)), "张建明", Scheme.EMPLOYEE,
                "110105", "100.00", true);
        Person parent = people.person(TestPeople.idNumber("410102", LocalDate.of(1995, 5, 1)), "李小红", Scheme.RESIDENT,
                "410102", null, true);
        family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true, Actor.citizen(sharer.getId()));
        return sharer;
    }

    @SuppressWarnings("unchecked")
    static Grid<FlagLine> grid() {
        return byId(Grid.class, "flags-grid");
    }

    /** The button with this id in the actions cell of the flag's row (cells are rendered on demand). */
    static java.util.Optional<Button> action(FlagLine line, String id) {
        List<FlagLine> rows = GridKt._fetch(grid(), 0, 500);
        int row = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).flag().getId().equals(line.flag().getId())).findFirst().orElseThrow();
        return GridKt._getCellComponent(grid(), row, "actions").getChildren()
                .filter(c -> c.getId().equals(java.util.Optional.of(id))).map(Button.class::cast).findFirst();
    }

    /** What a reader sees in the flag's row: the text columns and the text of the component cells. */
    static String rowText(FlagLine line) {
        List<FlagLine> rows = GridKt._fetch(grid(), 0, 500);
        int row = java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).flag().getId().equals(line.flag().getId())).findFirst().orElseThrow();
        return String.join(" ", GridKt._getFormattedRow(grid(), rows.get(row))) + " "
                + GridKt._getCellComponent(grid(), row, "flag").getElement().getTextRecursively() + " "
                + GridKt._getCellComponent(grid(), row, "person").getElement().getTextRecursively();
    }

    static FlagLine lineAbout(Person person) {
        return GridKt._fetch(grid(), 0, 500).stream()
                .filter(l -> person.getId().equals(l.flag().getPersonId())).findFirst().orElseThrow();
    }

    @Test
    void aSupervisorSeesAnOpenFlagMaskedAndResolvesItWithANote_D2_D27() {
        Person sharer = flaggedSharer();
        login(PortalUser.staff("super-r1", "刘国强", StaffRole.SUPERVISOR));
        navigate("review");

        FlagLine line = lineAbout(sharer);
        String row = rowText(line);
        assertThat(row).contains("亲属关系与出生日期不符", "张*明", sharer.idNumber().masked(), "待处理", "父母",
                "1980-05-01", "1995-05-01").doesNotContain(sharer.idNumber().value());

        _click(action(line, "flag-resolve-" + line.flag().getId()).orElseThrow());
        _click(byId(Button.class, "flag-resolve-submit"));
        TextArea note = byId(TextArea.class, "flag-note");
        assertThat(note.isInvalid()).isTrue();
        note.setValue("已核对户口簿：系养父母关系。");
        _click(byId(Button.class, "flag-resolve-submit"));

        assertThat(GridKt._fetch(grid(), 0, 500)).noneMatch(l -> l.flag().getId().equals(line.flag().getId()));
        @SuppressWarnings("unchecked")
        Select<FlagStatus> status = byId(Select.class, "flags-filter-status");
        status.setValue(FlagStatus.RESOLVED);
        FlagLine resolved = lineAbout(sharer);
        assertThat(rowText(resolved))
                .contains("已由 super-r1", "已核对户口簿");
        assertThat(action(resolved, "flag-resolve-" + line.flag().getId())).isEmpty();
    }

    @Test
    void theRuleFilterShowsOnlyThatRule_D27() {
        flaggedSharer();
        login(PortalUser.staff("super-r2", "刘国强", StaffRole.SUPERVISOR));
        navigate("review");
        @SuppressWarnings("unchecked")
        Select<FlagRule> rule = byId(Select.class, "flags-filter-rule");
        @SuppressWarnings("unchecked")
        Select<FlagStatus> status = byId(Select.class, "flags-filter-status");
        status.setValue(FlagStatus.ALL);

        rule.setValue(FlagRule.IMPERSONATION);
        assertThat(GridKt._fetch(grid(), 0, 500)).allMatch(l -> l.flag().getRule() == FlagRule.IMPERSONATION);
        rule.setValue(FlagRule.KINSHIP_AGE_MISMATCH);
        assertThat(GridKt._fetch(grid(), 0, 500)).isNotEmpty()
                .allMatch(l -> l.flag().getRule() == FlagRule.KINSHIP_AGE_MISMATCH);
    }

    @Test
    void openingTheCaseFromAFlagAsksForAReasonFirst_D26() {
        Person sharer = flaggedSharer();
        login(PortalUser.staff("super-r3", "刘国强", StaffRole.SUPERVISOR));
        navigate("review");

        FlagLine line = lineAbout(sharer);
        _click(action(line, "flag-case-" + line.flag().getId()).orElseThrow());

        assertThat(exists("case-open-reason")).isTrue();
        assertThat(exists("case-id-number")).isFalse();
    }
}
