package cn.gongji.portal.security;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import cn.gongji.portal.shared.PortalZone;

/**
 * Puts {@link TestClock} in front of the application's system clock. A plain {@code @Configuration} on purpose: the
 * application's component scan finds it in every test context (service, view and security tests alike), so they all
 * keep sharing one Spring context instead of each starting its own.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(PortalZone.ZONE);
    }
}
