package cn.gongji.portal.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import cn.gongji.portal.supervision.FlagLine;
import cn.gongji.portal.supervision.FlagRule;
import cn.gongji.portal.ui.Formats;

/**
 * How a flag reads in the reader's language (D27): its rule, the facts that raised it, its status. Shared by the
 * review page and the case page, so a flag reads the same on both. It lives with the case page because the review page
 * leads into cases (supervision.ui uses casework.ui, never the other way round).
 */
public final class FlagTexts {

    private final Component owner;

    /** @param owner the view that shows the texts (its language is used) */
    public FlagTexts(Component owner) {
        this.owner = owner;
    }

    /** The owner's language: its UI's once attached, the current UI's while the view is being built. */
    private Locale locale() {
        return owner.getUI().orElseGet(UI::getCurrent).getLocale();
    }

    public String rule(FlagLine line) {
        return owner.getTranslation("flagRule." + line.flag().getRule());
    }

    public String raised(FlagLine line) {
        return Formats.dateTime(line.flag().getRaisedAt(), locale());
    }

    /** The facts in words; the kinship of a kinship flag is translated, the other facts are numbers and dates. */
    public String facts(FlagLine line) {
        List<Object> args = new ArrayList<>(line.flag().facts());
        if (line.flag().getRule() == FlagRule.KINSHIP_AGE_MISMATCH && !args.isEmpty()) {
            args.set(0, owner.getTranslation("kinship." + args.getFirst()));
        }
        args.add(line.otherName() == null ? "—" : line.otherName());
        return owner.getTranslation("flagFacts." + line.flag().getRule(), args.toArray());
    }

    public String status(FlagLine line) {
        if (line.isOpen()) {
            return owner.getTranslation("flags.status.open");
        }
        return owner.getTranslation("flags.status.resolved", line.resolution().getResolvedBy(),
                Formats.dateTime(line.resolution().getResolvedAt(), locale()));
    }
}
