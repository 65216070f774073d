package cn.gongji.portal.identity;

/** D2: how a person other than the viewer is shown. */
public final class Masking {

    private Masking() {
    }

    /**
     * Keeps the family name and the last character, masks the rest: 张建明 → 张*明, 张明 → 张*, 欧阳明月 → 欧**月.
     * Latin names keep their first letter only.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "*";
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        if (cps.length == 2) {
            return new String(cps, 0, 1) + "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
    }

    public static String idNumber(String idNumber) {
        return IdNumber.isValid(idNumber) ? new IdNumber(idNumber).masked() : "******************";
    }

    /** 13800001234 → 138****1234. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? "" : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
