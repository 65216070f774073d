package cn.gongji.portal.ui;

import com.vaadin.flow.component.UI;

/**
 * Repairs, in the browser, what a standard Vaadin component gets wrong for assistive technology (issue 12), so that
 * no view has to remember it.
 *
 * <p>A required {@code Select} (Binder's {@code asRequired}) puts {@code aria-required} on its value button, whose
 * role is {@code button}; ARIA does not allow that attribute on a button, and axe-core reports it as critical
 * ({@code aria-allowed-attr}): screen readers may read the control wrongly. The select still shows its required
 * indicator, and an empty one is refused with a message next to it when the form is sent. One observer per page
 * removes the attribute wherever and whenever the component sets it (dialogs included).
 */
final class AriaRepairs {

    private AriaRepairs() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs("""
                if (!window.__portalAriaRepairs) {
                  window.__portalAriaRepairs = true;
                  const repair = root => {
                    if (root.matches && root.matches('vaadin-select-value-button[aria-required]')) {
                      root.removeAttribute('aria-required');
                    }
                    if (root.querySelectorAll) {
                      root.querySelectorAll('vaadin-select-value-button[aria-required]')
                          .forEach(b => b.removeAttribute('aria-required'));
                    }
                  };
                  new MutationObserver(records => records.forEach(r => {
                    if (r.type === 'attributes') { repair(r.target); }
                    r.addedNodes && r.addedNodes.forEach(repair);
                  })).observe(document.body, {subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-required']});
                  repair(document);
                }""");
    }
}
