package cn.gongji.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A repository or service test against the real database: H2 by default, the MySQL-compatible server in the
 * {@code mariadb} Maven profile (tag {@code db}). One Spring context is shared by all of them. Tests never
 * assume an empty database: each makes its own people with fresh ID numbers ({@link TestPeople}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestPeople.class, Books.class})
@Tag("db")
public @interface ServiceTest {
}
