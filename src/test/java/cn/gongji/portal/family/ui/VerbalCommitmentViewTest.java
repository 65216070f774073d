package cn.gongji.portal.family.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;

import cn.gongji.portal.casework.CaseworkService;
import cn.gongji.portal.casework.PhoneCheck;
import cn.gongji.portal.family.CommitmentLetter;
import cn.gongji.portal.family.FamilyService;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.family.VerbalCommitment;
import cn.gongji.portal.family.VerbalCommitmentStatus;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.identity.Scheme;
import cn.gongji.portal.security.PortalUser;
import cn.gongji.portal.security.StaffRole;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.support.TestPeople;
import cn.gongji.portal.ui.KaribuTest;

/**
 * Issue 12, D7: the sharer sees on {@code /family} what he asked on the telephone, with the whole letter, and binds
 * only by accepting and signing it online himself — or declines. In both languages.
 */
class VerbalCommitmentViewTest extends KaribuTest {

    static final String TIANJIN = "120103";
    static final String HEBEI = "130102";

    @Autowired
    CaseworkService casework;
    @Autowired
    FamilyService family;
    @Autowired
    CommitmentLetter letter;

    Person sharer;
    Person grandson;

    /** An agent records on the phone, after a passed identity check, that the sharer wants to bind her grandson. */
    VerbalCommitment recordedOnThePhone() {
        sharer = people.person(TestPeople.idNumber(TIANJIN, LocalDate.of(1946, 2, 14)), "周淑兰", Scheme.EMPLOYEE,
                TIANJIN, "6000.00", true);
        grandson = people.person(TestPeople.idNumber(HEBEI, LocalDate.of(2012, 8, 8)), "周小宇", Scheme.RESIDENT, HEBEI,
                null, true);
        login(PortalUser.staff("agent-vc", "王晓燕", StaffRole.AGENT));
        casework.open(sharer.idNumber().value(), "来电");
        casework.checkCallerIdentity(sharer.getId(),
                EnumSet.of(PhoneCheck.ID_NUMBER_READ_BACK, PhoneCheck.REGISTERED_PHONE), "来电");
        VerbalCommitment verbal = casework.recordVerbalCommitment(sharer.getId(), grandson.idNumber().value(),
                Kinship.SONS_CHILD, true, "来电：绑定孙子");
        login(sharer);
        return verbal;
    }

    @Test
    void theSharerConfirmsOnlineBySigningTheLetterHimself_D7() {
        VerbalCommitment verbal = recordedOnThePhone();
        long id = verbal.getId();
        navigate("family");

        assertThat(text("pending-verbal-" + id)).contains("周*宇", "孙子女", "agent-vc", "服务热线", "什么都没有改变");
        assertThat(text("pending-verbal-letter-" + id)).isEqualTo(letter.text(Locale.SIMPLIFIED_CHINESE));
        assertThat(exists("relations-empty")).isTrue();

        _click(byId(Button.class, "pending-verbal-confirm-" + id));
        assertThat(byId(Checkbox.class, "pending-verbal-accept-" + id).isInvalid()).isTrue();
        assertThat(family.asSharer(sharer.getId())).isEmpty();
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();

        byId(Checkbox.class, "pending-verbal-accept-" + id).setValue(true);
        _click(byId(Button.class, "pending-verbal-confirm-" + id));

        Relation relation = family.asSharer(sharer.getId()).getFirst();
        assertThat(relation.isLive()).isTrue();
        assertThat(family.commitmentOf(relation.getId()).orElseThrow().getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(exists("action-confirmation")).isTrue();
        assertThat(text("relation-facts")).contains("网上办理", "此前已于");

        navigate("family");
        assertThat(exists("pending-verbal-" + id)).isFalse();

        // The notification of the telephone request says it came through the phone line and changed nothing.
        navigate("notifications");
        assertThat(text("notifications-list")).contains("服务热线工作人员 agent-vc", "目前什么都没有改变");
    }

    @Test
    void inEnglishTheSharerCanDeclineAndNothingChanges_D7() {
        VerbalCommitment verbal = recordedOnThePhone();
        long id = verbal.getId();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("family");

        assertThat(text("pending-verbal")).contains("What you asked on the telephone", "Son's child", "Nothing has "
                + "changed yet");
        assertThat(text("pending-verbal-letter-" + id)).isEqualTo(letter.text(Locale.ENGLISH));
        assertThat(text("pending-verbal-confirm-" + id)).isEqualTo("Sign and bind");

        _click(byId(Button.class, "pending-verbal-decline-" + id));

        assertThat(text("pending-verbal-declined")).contains("Declined", "nothing has changed");
        assertThat(exists("pending-verbal-" + id)).isFalse();
        assertThat(family.verbalCommitment(id).orElseThrow().getStatus()).isEqualTo(VerbalCommitmentStatus.DECLINED);
        assertThat(family.asSharer(sharer.getId())).isEmpty();

        navigate("notifications");
        assertThat(text("notifications-list")).contains("Staff member agent-vc of the medical insurance phone line",
                "Nothing has changed yet");
    }
}
