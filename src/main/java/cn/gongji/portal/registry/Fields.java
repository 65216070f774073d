package cn.gongji.portal.registry;

import java.util.Arrays;
import java.util.stream.Collectors;

import cn.gongji.portal.identity.RegionCode;
import cn.gongji.portal.identity.RegionPolicies;
import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/** Checks of the registry's fields, each refusal naming the field and what it must be (P4). */
final class Fields {

    private Fields() {
    }

    /** Required text: stripped, not blank, at most {@code max} characters, no control characters. */
    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required.");
        }
        String text = value.strip();
        if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field + " has at most " + max + " characters and no control characters.");
        }
        return text;
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw invalid(field + " must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")) + ".");
    }

    /** A 6-digit pooling-region code whose first two digits are a province the portal knows. */
    static RegionCode region(String value, RegionPolicies policies) {
        if (value == null) {
            throw new RefusedException(Refusal.INVALID_REGION_CODE, "regionCode is required: six digits.");
        }
        RegionCode region = new RegionCode(value);
        if (!policies.isKnown(region)) {
            throw new RefusedException(Refusal.INVALID_REGION_CODE,
                    "regionCode " + value + " does not start with the code of a known province.");
        }
        return region;
    }

    static RefusedException invalid(String detail) {
        return new RefusedException(Refusal.INVALID_REQUEST, detail);
    }
}
