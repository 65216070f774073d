package cn.gongji.portal.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Tests run on the embedded H2 by default; with {@code -Dportal.test.db=mysql} (the {@code mariadb} Maven profile)
 * the same tests run on the MySQL-compatible server.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "mysql".equals(System.getProperty("portal.test.db"))
                ? new String[] {"test", "mysql", "testmysql"}
                : new String[] {"test"};
    }

    public static boolean onMysql() {
        return "mysql".equals(System.getProperty("portal.test.db"));
    }
}
