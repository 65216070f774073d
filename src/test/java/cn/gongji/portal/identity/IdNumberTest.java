package cn.gongji.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

class IdNumberTest {

    @Test
    void acceptsAValidNumberAndReadsTheBirthDate_D1() {
        // The check character of 11010519491231002 is X (ISO 7064 MOD 11-2).
        IdNumber id = IdNumber.parse("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002", "1101051949123100211", "11010519491331002X",
            "11010519490230002X", "A1010519491231002X", "", "   "})
    void refusesMalformedNumbers_D1(String text) {
        assertThatThrownBy(() -> IdNumber.parse(text))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.INVALID_ID_NUMBER));
    }

    @Test
    void checkCharacterFollowsIso7064_D1() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.isValid("440524188001010014")).isTrue();
        assertThat(IdNumber.isValid("440524188001010015")).isFalse();
    }

    @Test
    void masksAllButTheFirstAndLastFour_D2() {
        assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("1101**********002X");
        assertThat(IdNumber.parse("11010519491231002X").toString()).doesNotContain("19491231");
    }

    @Test
    void masksGivenNames_D2() {
        assertThat(Masking.name("张建明")).isEqualTo("张*明");
        assertThat(Masking.name("张明")).isEqualTo("张*");
        assertThat(Masking.name("欧阳明月")).isEqualTo("欧**月");
        assertThat(Masking.phone("13800001234")).isEqualTo("138****1234");
    }
}
