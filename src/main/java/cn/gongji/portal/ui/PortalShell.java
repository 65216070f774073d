package cn.gongji.portal.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every view lives in. Vaadin 25 loads a theme as a plain stylesheet: Lumo first, then the portal's own
 * tokens and rules, which come later and so win (larger text and targets, stronger contrast and focus).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@StyleSheet("styles/pictures.css")
@StyleSheet("styles/explain.css")
@StyleSheet("styles/a11y.css")
public class PortalShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // Shown only until the first view sets its own, translated title.
        settings.setPageTitle("家庭共济");
    }
}
