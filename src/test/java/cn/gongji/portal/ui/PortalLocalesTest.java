package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class PortalLocalesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zh-CN,zh;q=0.9,en;q=0.8 | zh-CN",
            "en-US,en;q=0.9         | en",
            "en-US,zh-CN;q=0.8      | en",
            "zh-TW,en;q=0.5         | zh-CN",
            "fr-FR,en;q=0.5         | en",
            "fr-FR,de;q=0.5         | zh-CN",
            "de;q=0.9,zh;q=0.8,en;q=0.7 | zh-CN",
            "zh;q=0,en              | en",
            "not a header !!        | zh-CN",
    })
    void chineseByDefaultEnglishWhenTheBrowserPrefersIt(String acceptLanguage, String expected) {
        assertThat(PortalLocales.preferred(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansChinese(String acceptLanguage) {
        assertThat(PortalLocales.preferred(acceptLanguage)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @ParameterizedTest
    @CsvSource({"zh-CN, en", "en, zh-CN", "en-GB, zh-CN"})
    void theSwitchOffersTheOtherLanguage(String current, String other) {
        assertThat(PortalLocales.other(Locale.forLanguageTag(current))).isEqualTo(Locale.forLanguageTag(other));
    }
}
