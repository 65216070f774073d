package cn.gongji.portal.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Carries the reason from the search to the case it opens, inside the browser tab's UI on the server. Not in the URL:
 * reasons may name people or illnesses, and URLs end up in browser histories and server logs. Taken once: a reload
 * of the case page is a new opening and asks for its reason again (D26).
 */
final class CaseOpening {

    private record Pending(String idNumber, String reason) {
    }

    private CaseOpening() {
    }

    static void handOver(UI ui, String idNumber, String reason) {
        ComponentUtil.setData(ui, Pending.class, new Pending(idNumber, reason));
    }

    static Optional<String> take(UI ui, String idNumber) {
        Pending pending = ComponentUtil.getData(ui, Pending.class);
        ComponentUtil.setData(ui, Pending.class, null);
        return pending != null && pending.idNumber().equals(idNumber) ? Optional.of(pending.reason())
                : Optional.empty();
    }
}
