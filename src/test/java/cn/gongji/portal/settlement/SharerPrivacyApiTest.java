package cn.gongji.portal.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.Relation;
import cn.gongji.portal.identity.Person;
import cn.gongji.portal.ledger.LedgerEntry;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.Money;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.Notification;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.notification.NotificationService;

/**
 * D24 and P3 through the API: a sharer learns that a relative used his money — date, amount, who, kind of use —
 * and nothing of the care: no diagnosis, items, department, nor which institution.
 */
class SharerPrivacyApiTest extends InstitutionApiTestBase {

    static final String DIAGNOSIS = "J06.9 急性上呼吸道感染";
    static final String ITEM = "阿莫西林胶囊";
    static final String DEPARTMENT = "呼吸内科";

    @Autowired
    NotificationService notifications;

    @Test
    void theSharersLedgerAndNotificationsTellWhoHowMuchAndWhatKindButNothingOfTheCare_D24_P3() throws Exception {
        Person patient = people.resident(HENAN);
        Person son = people.employee(BEIJING, "1000.00");      // cross-province: a quota (D10)
        Person daughter = people.employee(HENAN, "500.00");    // same province: her account (D9)
        Relation fromSon = bind(son, patient, Kinship.PARENT);
        Relation fromDaughter = bind(daughter, patient, Kinship.PARENT);
        grant(son, fromSon, "100.00");
        Inst hospital = hospital();

        String settlementId = body(settle(hospital, bill(patient, "150.00").with("detail", Map.of(
                "diagnosis", DIAGNOSIS, "items", List.of(ITEM), "department", DEPARTMENT)))
                .andExpect(status().isCreated())).get("settlementId").asString();
        refund(hospital, settlementId, newRequestId(), "60.00").andExpect(status().isCreated());

        for (Person sharer : List.of(son, daughter)) {
            List<LedgerEntry> history = ledger.history(sharer.getId(), Instant.EPOCH, Instant.now().plusSeconds(60),
                    EnumSet.allOf(LedgerKind.class), Pageable.unpaged()).getContent();
            List<Notification> told = notifications.latest(sharer.getId(), Pageable.unpaged());
            List<LedgerEntry> uses = history.stream().filter(e -> e.getUseKind() != null).toList();

            assertThat(uses).as("each use and refund of his money is in his ledger").hasSize(2)
                    .allSatisfy(e -> {
                        assertThat(e.getRecipientId()).isEqualTo(patient.getId());
                        assertThat(e.getUseKind()).isEqualTo(UseKind.CARE);
                        assertThat(e.getAmount()).isNotNull();
                        assertThat(e.getOccurredAt()).isNotNull();
                    });
            assertThat(told).extracting(Notification::getKind)
                    .contains(NotificationKind.SHARED_MONEY_USED, NotificationKind.SHARED_MONEY_REFUNDED);
            assertThat(told).filteredOn(n -> n.getKind() == NotificationKind.SHARED_MONEY_USED).singleElement()
                    .satisfies(n -> {
                        assertThat(n.getOtherPersonId()).isEqualTo(patient.getId());
                        assertThat(n.getUseKind()).isEqualTo("CARE");
                        assertThat(n.getCreatedAt()).isNotNull();
                    });
            for (Object seen : concat(history, told)) {
                assertThat(everythingIn(seen)).as("what %s sees", seen.getClass().getSimpleName())
                        .doesNotContain(DIAGNOSIS, "J06.9", ITEM, DEPARTMENT, hospital.name(), hospital.code());
            }
        }
        assertThat(notifications.latest(son.getId(), Pageable.unpaged())).filteredOn(
                n -> n.getKind() == NotificationKind.SHARED_MONEY_USED).singleElement()
                .satisfies(n -> assertThat(new Money(n.getAmount())).isEqualTo(Money.of("100.00")));
        assertThat(notifications.latest(daughter.getId(), Pageable.unpaged())).filteredOn(
                n -> n.getKind() == NotificationKind.SHARED_MONEY_USED).singleElement()
                .satisfies(n -> assertThat(new Money(n.getAmount())).isEqualTo(Money.of("50.00")));
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every value an object exposes through its getters, as text. */
    private static String everythingIn(Object o) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && m.getDeclaringClass() != Object.class) {
                text.append(m.getName()).append('=').append(m.invoke(o)).append('\n');
            }
        }
        return text.toString();
    }
}
