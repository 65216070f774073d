package cn.gongji.portal.security;

import java.util.List;

/**
 * The portal was started outside the {@code dev} profile with a development secret or without a real one
 * ({@link ProductionSafetyCheck}). Its message lists every problem and what to set instead.
 */
public final class UnsafeConfigurationException extends IllegalStateException {

    private final List<String> problems;

    UnsafeConfigurationException(List<String> problems) {
        super("The portal refuses to start with an unsafe configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
