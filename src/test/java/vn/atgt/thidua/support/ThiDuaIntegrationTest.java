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
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * An integration test on real PostgreSQL with MockMvc and a running server on a random port (for browser tests).
 * Every test class uses exactly this configuration, so that the whole suite shares one Spring context. Each test
 * starts with the sign-in address throttle empty ({@link SignInThrottleReset}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestDatabaseConfiguration.class, TestClockConfiguration.class, TestMailConfiguration.class,
		MockMvcSessions.class })
@TestExecutionListeners(listeners = SignInThrottleReset.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface ThiDuaIntegrationTest {
}
