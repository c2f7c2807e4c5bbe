package vn.atgt.thidua.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the embedded default: the migrations and the demo data on an in-memory H2 database in PostgreSQL mode,
 * with MockMvc and a running server on a random port (for the accessibility browser tests). Every such test uses
 * exactly this configuration, so that they share one Spring context (besides the PostgreSQL one of
 * {@link ThiDuaIntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "thidua.demo.time-of-day=09:00" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(MockMvcSessions.class)
public @interface DemoDataTest {
}
