package cn.gongji.portal.family.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import cn.gongji.portal.family.FamilyPicture;
import cn.gongji.portal.family.RelationStatus;
import cn.gongji.portal.family.SharingMode;
import cn.gongji.portal.ui.Formats;
import cn.gongji.portal.ui.SvgMarkup;

/**
 * Issue 12: the family picture ({@code #family-diagram}) on {@code /family} and on the agent's case. The person
 * stands in the middle; above him the people who share with him, below him the people he shares with; one arrow per
 * relation, in the direction the money goes, and on each relative's card the kinship, the mode, the status and the
 * quota left.
 *
 * <p>Nothing is told by colour alone: every card says its mode and status in words, and a pending relation is also
 * drawn dashed. The drawing is an image for screen readers, named by a one-line summary; the list
 * {@code #family-diagram-text} next to it says every relation in words (visually hidden: the page's own list shows
 * the same to sighted users).
 */
public class FamilyDiagram extends Div {

    /** Narrow on purpose: on a phone the drawing shrinks little, so its text stays readable. */
    static final int WIDTH = 440;
    private static final int CARD_X = 60;
    private static final int CARD_W = WIDTH - CARD_X - 6;
    private static final int CARD_H = 94;
    private static final int GAP = 14;
    private static final int TRUNK_X = 32;
    private static final int HEADING_H = 36;
    private static final int CENTRE_H = 56;
    /** Cross-province (wallet) cards: dark blue, 8.6:1 on white. */
    private static final String WALLET = "#0b4f8a";
    /** Same-province (account) cards: dark green, 7.1:1 on white. */
    private static final String ACCOUNT = "#1d6b34";

    private final FamilyPicture picture;
    private final Locale locale;
    private final String centre;

    /**
     * @param you whether the viewer is the person in the middle (his own page) rather than an agent on his case
     */
    public FamilyDiagram(FamilyPicture picture, boolean you) {
        this.picture = picture;
        this.locale = getLocale();
        this.centre = you ? getTranslation("family.picture.you") : picture.personName();
        setId("family-diagram");
        addClassName("portal-picture");
        add(drawing(you).toComponent("family-diagram-svg"), textEquivalent());
    }

    private SvgMarkup drawing(boolean you) {
        List<FamilyPicture.Tie> in = picture.receivesFrom();
        List<FamilyPicture.Tie> out = picture.sharesWith();
        // The same steps as below, so that the drawing ends where its last card does.
        int height = 20 + (in.isEmpty() ? 0 : HEADING_H + in.size() * (CARD_H + GAP) + 6) + CENTRE_H
                + (out.isEmpty() ? 0 : 8 + HEADING_H - 4 + out.size() * (CARD_H + GAP) - GAP) + 12;
        SvgMarkup svg = new SvgMarkup("family-diagram-drawing", WIDTH, height, getTranslation("family.picture.title"),
                summary());
        svg.arrowMarker(SvgMarkup.GREY);
        double y = 20;
        if (!in.isEmpty()) {
            svg.text(6, y + 20, getTranslation("family.picture.sharingWith", centre), 18, true, "start",
                    SvgMarkup.INK);
            y += HEADING_H;
            double trunkTop = y + CARD_H / 2.0;
            for (FamilyPicture.Tie tie : in) {
                card(svg, y, tie);
                svg.line(CARD_X, y + CARD_H / 2.0, TRUNK_X, y + CARD_H / 2.0, SvgMarkup.GREY, 2.5,
                        tie.status() == RelationStatus.PENDING, false);
                y += CARD_H + GAP;
            }
            // The money comes down into the person in the middle.
            svg.line(TRUNK_X, trunkTop, TRUNK_X, y + 4, SvgMarkup.GREY, 2.5, false, true);
            y += 6;
        }
        svg.rect(6, y, WIDTH - 12, CENTRE_H, "#f2f2f2", SvgMarkup.INK, 3, false, 10);
        String name = you ? getTranslation("family.picture.centreYou", picture.personName()) : picture.personName();
        svg.text(WIDTH / 2.0, y + CENTRE_H / 2.0 + 8, name, 22, true, "middle", SvgMarkup.INK);
        y += CENTRE_H;
        if (!out.isEmpty()) {
            double trunkTop = y;
            y += 8;
            svg.text(CARD_X, y + 18, getTranslation("family.picture.receivingFrom", centre), 18, true, "start",
                    SvgMarkup.INK);
            y += HEADING_H - 4;
            double last = trunkTop;
            for (FamilyPicture.Tie tie : out) {
                card(svg, y, tie);
                last = y + CARD_H / 2.0;
                svg.line(TRUNK_X, last, CARD_X - 2, last, SvgMarkup.GREY, 2.5, tie.status() == RelationStatus.PENDING,
                        true);
                y += CARD_H + GAP;
            }
            svg.line(TRUNK_X, trunkTop, TRUNK_X, last, SvgMarkup.GREY, 2.5, false, false);
        }
        return svg;
    }

    /** A relative's card: a coloured band and border by mode, dashed while pending, and all of it in words. */
    private void card(SvgMarkup svg, double y, FamilyPicture.Tie tie) {
        String colour = tie.mode() == SharingMode.WALLET ? WALLET : ACCOUNT;
        boolean pending = tie.status() == RelationStatus.PENDING;
        svg.rect(CARD_X, y, CARD_W, CARD_H, "#ffffff", colour, 2.5, pending, 8);
        svg.rect(CARD_X, y, 10, CARD_H, colour, null, 0, false, 0);
        double x = CARD_X + 20;
        svg.text(x, y + 28, getTranslation("family.picture.who", tie.relativeName(),
                getTranslation("kinship." + tie.kinship())), 20, true, "start", SvgMarkup.INK);
        svg.text(x, y + 56, getTranslation("mode.short." + tie.mode()) + " · " + getTranslation("status." + tie.status()),
                18, false, "start", colour);
        svg.text(x, y + 82, quota(tie), 18, false, "start", SvgMarkup.INK);
    }

    private String quota(FamilyPicture.Tie tie) {
        return tie.quotaLeft() == null ? getTranslation("family.picture.noQuota")
                : getTranslation("family.picture.quotaLeft", Formats.money(tie.quotaLeft(), locale));
    }

    private String summary() {
        return getTranslation("family.picture.summary", centre, picture.sharesWith().size(),
                picture.receivesFrom().size());
    }

    /** Every relation in words, for screen readers and for when the drawing cannot show. */
    private UnorderedList textEquivalent() {
        UnorderedList list = new UnorderedList();
        list.setId("family-diagram-text");
        list.addClassName("portal-visually-hidden");
        list.add(new ListItem(summary()));
        for (FamilyPicture.Tie tie : picture.receivesFrom()) {
            list.add(item("family.picture.tieIn", tie));
        }
        for (FamilyPicture.Tie tie : picture.sharesWith()) {
            list.add(item("family.picture.tieOut", tie));
        }
        return list;
    }

    private ListItem item(String key, FamilyPicture.Tie tie) {
        ListItem item = new ListItem(getTranslation(key, centre, tie.relativeName(),
                getTranslation("kinship." + tie.kinship()), getTranslation("mode.short." + tie.mode()),
                getTranslation("status." + tie.status()), quota(tie)));
        item.setId("family-diagram-tie-" + tie.relationId());
        return item;
    }
}
