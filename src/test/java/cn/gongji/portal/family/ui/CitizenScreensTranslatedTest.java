package cn.gongji.portal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;

import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.shared.Actor;
import cn.gongji.portal.ui.KaribuTest;
import cn.gongji.portal.ui.MainLayout;
import cn.gongji.portal.wallet.WalletService;

/**
 * Every citizen screen, dialog and confirmation renders in both languages without a raw message key: a key the
 * bundles lack would show as itself (or as Vaadin's missing-key marker). The bundles' key sets are compared by
 * I18nBundlesSyncTest; this checks that the code asks only for keys that exist.
 */
class CitizenScreensTranslatedTest extends KaribuTest {

    /** A message key as the code spells them: lower-case words joined by dots, e.g. {@code relation.done.title}. */
    private static final Pattern RAW_KEY = Pattern.compile(
            "\\b[a-z][A-Za-z]*(?:\\.(?:[a-z][A-Za-z]*|[A-Z][A-Z_]+))+(?![A-Za-z])|!\\{|\\}!");

    @Autowired
    FamilyService family;
    @Autowired
    WalletService wallet;

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en"})
    void everyScreenAndDialogIsFullyTranslated(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Person sharer = people.employee("350102", "1000.00");
        Person parent = people.resident("410102");
        Person mother = people.resident("350103");
        Relation wallet = family.bind(sharer.getId(), parent.idNumber().value(), Kinship.PARENT, true,
                Actor.citizen(sharer.getId()));
        this.wallet.grantQuota(sharer.getId(), wallet.getId(), Money.of("200.00"), null, Actor.citizen(sharer.getId()));
        Relation pending = family.request(mother.getId(), sharer.idNumber().value(), Kinship.PARENT,
                Actor.citizen(mother.getId()));

        login(sharer);
        UI.getCurrent().setLocale(locale);
        // The check can see a missing key at all: this is how one renders.
        assertThat(UI.getCurrent().getTranslation("family.noSuchKey")).containsPattern(RAW_KEY);
        navigate("family");
        assertTranslated();
        _click(byId(Button.class, "add-relative"));
        assertTranslated();
        closeDialogs();

        navigate("family/relation/" + wallet.getId());
        for (RelationView.Done done : RelationView.Done.values()) {
            _get(RelationView.class).showConfirmation(done);
            assertTranslated();
        }
        for (String action : new String[] {"grant-quota", "revoke-quota", "dissolve-relation"}) {
            _click(byId(Button.class, action));
            assertTranslated();
            closeDialogs();
        }
        navigate("family/relation/" + pending.getId());
        assertTranslated();

        navigate("received");
        assertTranslated();
        for (String action : new String[] {"pay-contribution", "request-relation"}) {
            _click(byId(Button.class, action));
            assertTranslated();
            closeDialogs();
        }
        navigate("history");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = byId(Grid.class, "history-grid");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.append(GridKt._getFormattedRow(grid, i)).append('\n');
        }
        assertThat(rows.toString()).doesNotContainPattern(RAW_KEY);
        assertTranslated();
    }

    private static void assertTranslated() {
        StringBuilder text = new StringBuilder(_get(MainLayout.class).getElement().getTextRecursively());
        _find(Dialog.class).forEach(d -> text.append('\n').append(d.getElement().getTextRecursively()));
        assertThat(text.toString()).doesNotContainPattern(RAW_KEY);
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
    }
}
