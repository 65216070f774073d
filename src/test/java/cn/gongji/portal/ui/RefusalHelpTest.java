package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gongji.portal.shared.Refusal;

/**
 * Issue 12: beside every refusal's reason (P4) stands a short, plain "what you can do", in both languages — so a new
 * Refusal code without its help text fails here, not in front of an elderly citizen.
 */
class RefusalHelpTest {

    private static final Properties DEFAULT = load("translations.properties");
    private static final Properties CHINESE = load("translations_zh_CN.properties");
    private static final Properties ENGLISH = load("translations_en.properties");

    @ParameterizedTest
    @EnumSource(Refusal.class)
    void everyRefusalHasPlainHelpInChineseAndEnglish_P4(Refusal refusal) {
        String key = refusal.helpKey();
        assertThat(key).isEqualTo("refusal." + refusal.name() + ".help");
        for (Properties chinese : new Properties[] {DEFAULT, CHINESE}) {
            String help = chinese.getProperty(key);
            assertThat(help).as("Chinese " + key).isNotBlank()
                    .isNotEqualTo(chinese.getProperty(refusal.messageKey()))
                    .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "is written in Chinese");
            // Short enough to read at a glance beside the reason.
            assertThat(help.length()).as("Chinese " + key).isLessThanOrEqualTo(80);
        }
        String english = ENGLISH.getProperty(key);
        assertThat(english).as("English " + key).isNotBlank()
                .isNotEqualTo(ENGLISH.getProperty(refusal.messageKey()))
                .matches(s -> s.codePoints().noneMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN), "has no Chinese characters");
        assertThat(english.length()).as("English " + key).isLessThanOrEqualTo(200);
    }

    private static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = RefusalHelpTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
