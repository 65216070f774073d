package cn.gongji.portal.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.DefaultI18NProvider;

/**
 * The bundles in {@code vaadin-i18n/}, with the provided locales named in a fixed order. Vaadin would otherwise
 * derive them from the bundle file names in whatever order the class path lists them, and fall back to the first:
 * Simplified Chinese must be that fallback, not an accident of the file system.
 */
@Component
class PortalI18nProvider extends DefaultI18NProvider {

    PortalI18nProvider() {
        super(List.of(PortalLocales.CHINESE, PortalLocales.ENGLISH));
    }

    @Override
    public Locale getDefaultLocale() {
        return PortalLocales.CHINESE;
    }
}
