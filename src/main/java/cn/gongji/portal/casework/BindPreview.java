package cn.gongji.portal.casework;

import cn.gongji.portal.family.SharingMode;

/** What the agent checks with the citizen before binding (check your answers): who the relative is, which mode. */
public record BindPreview(String relativeName, String relativeMaskedId, SharingMode mode) {
}
