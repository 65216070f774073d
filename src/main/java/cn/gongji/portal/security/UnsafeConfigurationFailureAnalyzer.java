package cn.gongji.portal.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why {@link ProductionSafetyCheck} refused to start, instead of a stack trace. */
final class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the values named above (README, \"Security: what a deployer must set\"), or run with"
                        + " --spring.profiles.active=dev for development on your own machine.", cause);
    }
}
