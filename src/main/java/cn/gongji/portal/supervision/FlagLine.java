package cn.gongji.portal.supervision;

/**
 * A flag as staff see it: the person it is about named as D2 requires (masked), and its resolution if any. The full
 * ID number is kept for opening the case (an audited view, D26) and is never shown here.
 */
public record FlagLine(Flag flag, FlagResolution resolution, String personName, String personMaskedId,
                       String personIdNumber, String otherName) {

    public boolean isOpen() {
        return resolution == null;
    }
}
