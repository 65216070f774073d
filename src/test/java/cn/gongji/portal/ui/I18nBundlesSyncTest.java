package cn.gongji.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gongji.portal.family.EndReason;
import cn.gongji.portal.family.Kinship;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.ledger.LedgerKind;
import cn.gongji.portal.ledger.UseKind;
import cn.gongji.portal.notification.NotificationKind;
import cn.gongji.portal.shared.Channel;
import cn.gongji.portal.shared.Refusal;

/** Every text exists in every language (P4: every refusal has its words), like petclinic's I18nPropertiesSyncTest. */
class I18nBundlesSyncTest {

    private static final String DEFAULT = "translations.properties";
    private static final String CHINESE = "translations_zh_CN.properties";
    private static final String ENGLISH = "translations_en.properties";

    @Test
    void allBundlesHaveTheSameKeys() throws IOException {
        Set<String> base = load(DEFAULT).keySet().stream().map(Object::toString)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        assertThat(keys(CHINESE)).isEqualTo(base);
        assertThat(keys(ENGLISH)).isEqualTo(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULT, CHINESE, ENGLISH})
    void noValueIsEmpty(String bundle) throws IOException {
        for (Map.Entry<Object, Object> entry : load(bundle).entrySet()) {
            assertThat(entry.getValue().toString().strip()).as(bundle + " " + entry.getKey()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DEFAULT, CHINESE, ENGLISH})
    void everyDomainConstantHasItsText(String bundle) throws IOException {
        Set<String> keys = keys(bundle);
        Stream.of(
                        keysOf("refusal.", Refusal.values()),
                        keysOf("kinship.", Kinship.values()),
                        keysOf("notification.", NotificationKind.values()),
                        keysOf("endReason.", EndReason.values()),
                        keysOf("ledgerKind.", LedgerKind.values()),
                        keysOf("useKind.", UseKind.values()),
                        keysOf("channel.", Channel.values()),
                        keysOf("mode.", SharingMode.values()),
                        keysOf("status.", RelationStatus.values()))
                .flatMap(Stream::of)
                .forEach(key -> assertThat(keys).as(bundle).contains(key));
    }

    @Test
    void refusalKeysAreTheOnesTheErrorHandlerAsksFor_P4() {
        for (Refusal refusal : Refusal.values()) {
            assertThat(refusal.messageKey()).isEqualTo("refusal." + refusal.name());
        }
    }

    @Test
    void kinshipsReadAsTheUiSpecNamesThemInEnglish_D3() throws IOException {
        Properties english = load(ENGLISH);
        assertThat(Arrays.stream(Kinship.values()).map(k -> english.getProperty("kinship." + k.name())))
                .containsExactly("Spouse", "Parent", "Child", "Sibling", "Paternal grandparent",
                        "Maternal grandparent", "Son's child", "Daughter's child");
    }

    @Test
    void chineseIsTheDefaultBundle() throws IOException {
        assertThat(load(DEFAULT)).isEqualTo(load(CHINESE));
    }

    /** MessageFormat treats ' as a quote in texts with arguments; English uses ’ there. */
    @Test
    void textsWithArgumentsHaveNoAsciiApostrophe() throws IOException {
        for (String bundle : new String[] {DEFAULT, CHINESE, ENGLISH}) {
            load(bundle).forEach((key, value) -> {
                String text = value.toString();
                if (text.contains("{0}")) {
                    assertThat(text).as(bundle + " " + key).doesNotContain("'");
                }
            });
        }
    }

    private static String[] keysOf(String prefix, Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> prefix + c.name()).toArray(String[]::new);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Set<String> keys = new TreeSet<>();
        load(bundle).keySet().forEach(k -> keys.add(k.toString()));
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        try (InputStream in = I18nBundlesSyncTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
