package vn.atgt.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.atgt.thidua.support.DemoDataTest;

/**
 * The embedded default: all migrations and the demo data run on H2 in PostgreSQL mode, and the login page shows the
 * demo accounts. (Everything else is tested on PostgreSQL.)
 */
@DemoDataTest
class EmbeddedDatabaseSmokeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Test
	void migrationsRunAndTheLoginPageShowsTheDemoAccounts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng nhập hệ thống")))
			.andExpect(content().string(containsString("demo1234")))
			.andExpect(content().string(containsString("23/12/2024")));
	}

	@Test
	void theDemoClockRunsFromTheStoryDay() {
		assertThat(LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))).isEqualTo(LocalDate.of(2024, 12, 23));
	}
}
