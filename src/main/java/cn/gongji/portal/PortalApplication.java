package cn.gongji.portal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import cn.gongji.portal.shared.PortalZone;

/** The 家庭共济 portal: family mutual-aid of the employee medical-insurance personal account. */
@SpringBootApplication
@EnableScheduling
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }

    /**
     * One clock for every rule that depends on time (quota end dates, lockouts), so tests can move it; its zone is the
     * portal's, so that "today" is China's today on a server in any zone.
     */
    @Bean
    Clock clock() {
        return Clock.system(PortalZone.ZONE);
    }
}
