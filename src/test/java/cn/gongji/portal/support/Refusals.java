package cn.gongji.portal.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import cn.gongji.portal.shared.Refusal;
import cn.gongji.portal.shared.RefusedException;

/** Asserts that an action is refused with exactly the expected reason (P4). */
public final class Refusals {

    private Refusals() {
    }

    public static void assertRefused(Refusal expected, ThrowingCallable action) {
        assertThatThrownBy(action)
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).refusal())
                .isEqualTo(expected);
    }
}
