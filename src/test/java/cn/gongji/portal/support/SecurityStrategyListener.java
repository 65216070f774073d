package cn.gongji.portal.support;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The test run holds several Spring contexts (plain, MockMvc, demo, journeys). Vaadin installs its own
 * {@link SecurityContextHolderStrategy} into the static holder when a context starts, so the holder belongs to
 * whichever context started last — while method security reads the strategy bean of its own context. Before each
 * test, this puts the strategy of the test's own context back into the static holder, so a user signed in by a
 * test is the user that context's method security sees.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        // Before Spring Security's own listeners, which set up @WithMockUser contexts through the holder.
        return 0;
    }
}
