package cn.gongji.portal.family;

import java.util.EnumSet;
import java.util.Set;

/** D3: the eight kinds a recipient may be, seen from the sharer. No in-law kind exists. */
public enum Kinship {
    SPOUSE, PARENT, CHILD, SIBLING, PATERNAL_GRANDPARENT, MATERNAL_GRANDPARENT, SONS_CHILD, DAUGHTERS_CHILD;

    /** D4: the kinds of the 2021 scope. */
    public static final Set<Kinship> SCOPE_2021 = EnumSet.of(SPOUSE, PARENT, CHILD);

    /**
     * How many generations older the recipient is than the sharer (parent +1, child −1…), or {@code null} when
     * the kinship says nothing about age (spouse, sibling). Used by supervision (D27).
     */
    public Integer generationsOlder() {
        return switch (this) {
            case PARENT -> 1;
            case PATERNAL_GRANDPARENT, MATERNAL_GRANDPARENT -> 2;
            case CHILD -> -1;
            case SONS_CHILD, DAUGHTERS_CHILD -> -2;
            case SPOUSE, SIBLING -> null;
        };
    }
}
