package cn.gongji.portal.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/** The portal's two languages: Simplified Chinese by default, English when the browser prefers it. */
final class PortalLocales {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private PortalLocales() {
    }

    /**
     * The language for a new session, from the browser's {@code Accept-Language}: the first of Chinese or English
     * in the browser's order of preference; Chinese when it names neither or sends nothing.
     *
     * <p>Why not Vaadin's own choice: it looks for an exact match (such as {@code zh-CN}) anywhere in the list
     * before it compares languages, so {@code en-US, zh-CN;q=0.8} would get Chinese; and without the header the
     * servlet container reports the server's default locale, which may well be English.
     */
    static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            if (language.equals("zh")) {
                return CHINESE;
            }
            if (language.equals("en")) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    /** The language the switch offers: the other one. */
    static Locale other(Locale current) {
        return isEnglish(current) ? CHINESE : ENGLISH;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage());
    }

    /** Switches the whole session and re-creates the current view and its layout in the new language. */
    static void switchLanguage(UI ui) {
        Locale next = other(ui.getLocale());
        ui.getSession().setLocale(next);
        ui.setLocale(next);
        ui.refreshCurrentRoute(true);
    }

    /** Tells the browser (and screen readers) which language the page is in. */
    static void markPageLanguage(UI ui) {
        ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().toLanguageTag());
    }
}
