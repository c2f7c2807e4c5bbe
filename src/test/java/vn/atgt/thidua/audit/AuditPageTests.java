package vn.atgt.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.MutableClock;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;

@ThiDuaIntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UnitService units;

	@Autowired
	DataSource dataSource;

	@Autowired
	MutableClock clock;

	@AfterEach
	void reset() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void adminSeesTheTrailInVietnamese() throws Exception {
		CurrentUser admin = users.admin();
		String code = createUnitAs(admin, "Công an huyện");

		mvc.perform(get("/admin/audit").param("username", admin.username()).with(TestUsers.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký hệ thống")))
			.andExpect(content().string(containsString("Tạo mới")))
			.andExpect(content().string(containsString("<td>Đơn vị</td>")))
			.andExpect(content().string(containsString("Mã: " + code)))
			.andExpect(content().string(containsString("Tên: Công an huyện")))
			.andExpect(content().string(containsString("Đang hoạt động: Có")))
			.andExpect(content().string(containsString("<option value=\"MemberUnit\">Đơn vị</option>")));
	}

	@Test
	void filtersByUserEntityTypeAndDateRangeInVietnamTime() throws Exception {
		CurrentUser admin = users.admin();
		CurrentUser otherAdmin = users.admin();
		// 17:30 UTC on 10 May is already 00:30 on 11 May in Hà Nội
		clock.setInstant(Instant.parse("2021-05-10T17:30:00Z"));
		String mine = createUnitAs(admin, "Xã Bản Bo");
		clock.reset();
		String theirs = createUnitAs(otherAdmin, "Xã Bình Lư");

		page(admin, "username", admin.username())
			.andExpect(content().string(containsString(mine)))
			.andExpect(content().string(not(containsString(theirs))));
		page(admin, "username", admin.username(), "entityType", "MemberUnit")
			.andExpect(content().string(containsString(mine)));
		page(admin, "username", admin.username(), "entityType", "UserAccount")
			.andExpect(content().string(not(containsString(mine))));
		page(admin, "username", admin.username(), "action", "DELETE")
			.andExpect(content().string(not(containsString(mine))));
		page(admin, "username", admin.username(), "from", "11/05/2021", "to", "11/05/2021")
			.andExpect(content().string(containsString(mine)))
			.andExpect(content().string(containsString("11/05/2021 00:30")));
		page(admin, "username", admin.username(), "to", "10/05/2021")
			.andExpect(content().string(not(containsString(mine))));
		page(admin, "username", admin.username(), "from", "12/05/2021")
			.andExpect(content().string(not(containsString(mine))));
	}

	@Test
	void unitUsersMayNotReadTheTrail() throws Exception {
		CurrentUser officer = users.create("canbo", null, Role.UNIT_OFFICER);
		mvc.perform(get("/admin/audit").with(TestUsers.as(officer))).andExpect(status().isForbidden());
	}

	@Test
	void anImpossibleDateIsAFieldErrorNotAServerError() throws Exception {
		CurrentUser admin = users.admin();
		page(admin, "from", "31/02/2024", "to", "hôm qua")
			.andExpect(content().string(containsString("Ngày không hợp lệ, hãy nhập theo dạng dd/mm/yyyy.")))
			.andExpect(content().string(containsString("value=\"31/02/2024\"")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void theChangesOfAPageAreReadWithOneQueryWhateverThePageSize() {
		CurrentUser admin = users.admin();
		for (int i = 0; i < 12; i++) {
			createUnitAs(admin, "Đơn vị " + i);
		}
		StatementLog log = new StatementLog();
		AuditService counted = new AuditService(new NamedParameterJdbcTemplate(log.wrap(dataSource)));
		AuditFilter byAdmin = new AuditFilter(admin.username(), null, null, null, null);

		Page<AuditEntryRow> small = counted.search(byAdmin, PageRequest.of(0, 3));
		List<String> smallPage = log.takeAll();
		Page<AuditEntryRow> large = counted.search(byAdmin, PageRequest.of(0, 12));
		List<String> largePage = log.takeAll();

		assertThat(small.getContent()).hasSize(3).allSatisfy(e -> assertThat(e.changes()).isNotEmpty());
		assertThat(large.getContent()).hasSize(12).allSatisfy(e -> assertThat(e.changes()).isNotEmpty());
		assertThat(large.getTotalElements()).isEqualTo(12);
		assertThat(smallPage.stream().filter(sql -> sql.contains("audit_changes"))).hasSize(1);
		assertThat(largePage.stream().filter(sql -> sql.contains("audit_changes"))).hasSize(1);
		assertThat(largePage).hasSameSizeAs(smallPage);
	}

	private org.springframework.test.web.servlet.ResultActions page(CurrentUser admin, String... params)
			throws Exception {
		var request = get("/admin/audit").with(TestUsers.as(admin));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	private String createUnitAs(CurrentUser user, String name) {
		AuditTrailTests.actAs(user);
		try {
			String code = TestUsers.uniqueName("DV");
			units.create(new UnitCommand(code, name, null, UnitKind.COMMUNE_COMMITTEE, null, null, null, null, false));
			return code;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Records the SQL of every statement prepared through the wrapped data source. */
	static final class StatementLog {

		private final List<String> statements = new ArrayList<>();

		DataSource wrap(DataSource target) {
			return proxy(DataSource.class, target, (method, result, args) -> result instanceof Connection c
					? proxy(Connection.class, c, (m, r, a) -> {
						if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
							statements.add(a != null && a.length > 0 && a[0] instanceof String sql ? sql : "?");
						}
						return r;
					})
					: result);
		}

		synchronized List<String> takeAll() {
			List<String> taken = List.copyOf(statements);
			statements.clear();
			return taken;
		}

		interface AfterCall {
			Object apply(Method method, Object result, Object[] args);
		}

		@SuppressWarnings("unchecked")
		private static <T> T proxy(Class<T> type, T target, AfterCall after) {
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, method, args) -> {
				try {
					return after.apply(method, method.invoke(target, args), args);
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			});
		}
	}
}
