package vn.atgt.thidua.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.internal.CurrentUserFactory;
import vn.atgt.thidua.account.internal.Principals;
import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/** Creates users for tests, each with a fresh name, and signs them in for MockMvc. */
@Component
public class TestUsers {

	public static final String PASSWORD = "matkhau-thu-nghiem";

	/**
	 * The standing office as the services see it, with no account behind it: for fixtures that set data up through
	 * the services (a campaign's setup commands take the user who sets it up). Without account and committee it is
	 * the installation itself, bound to no committee ({@code CommitteeScope}).
	 */
	public static final CurrentUser STANDING_OFFICE = new CurrentUser(null, "vanphong-thu-nghiem",
			"Văn phòng thường trực (thử nghiệm)", null, null, null, Set.of(Role.STANDING_OFFICE), false);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/**
	 * The BCrypt hash of {@link #PASSWORD}, made once per test JVM with the application's encoder: every test user has
	 * that password, and each encoding costs the production work factor's tenth of a second of CPU (several times that
	 * on a loaded machine), paid once instead of for each of the suite's hundreds of users. Signing in still checks
	 * the password against it at full cost.
	 */
	private volatile String encodedPassword;

	private final UserAccountRepository users;
	private final PasswordEncoder passwordEncoder;
	private final CurrentUserFactory currentUsers;

	private final TestUnits units;
	private final UnitService unitService;
	private final CommitteeService committees;

	TestUsers(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUserFactory currentUsers,
			TestUnits units, UnitService unitService, CommitteeService committees) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.currentUsers = currentUsers;
		this.units = units;
		this.unitService = unitService;
		this.committees = committees;
	}

	public static String uniqueName(String prefix) {
		return prefix + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
	}

	/**
	 * A user of the unit's committee; without a unit (or of a unit without committee), of the committee created last:
	 * the one the test's fixture has just built (every fixture builds its own committee), or a new one when there is
	 * none yet. A test that needs another committee names it ({@link #createIn(String, Long, Long, Role...)}).
	 */
	@Transactional
	public CurrentUser create(String prefix, Long unitId, Role... roles) {
		Long committeeId = unitId == null ? null
				: unitService.find(unitId).map(UnitSummary::committeeId).orElse(null);
		return createIn(prefix, unitId, committeeId != null ? committeeId : latestCommittee(), roles);
	}

	/** A user of that committee (null: none, as the system administrator). */
	@Transactional
	public CurrentUser createIn(String prefix, Long unitId, Long committeeId, Role... roles) {
		UserAccount account = new UserAccount(uniqueName(prefix), encodedPassword(),
				"Người dùng " + prefix);
		account.assign(unitId, committeeId, Set.of(roles));
		return currentUsers.of(users.save(account));
	}

	private String encodedPassword() {
		String encoded = encodedPassword;
		if (encoded == null) {
			encoded = passwordEncoder.encode(PASSWORD);
			encodedPassword = encoded;
		}
		return encoded;
	}

	/** The committee built last: the one the running test's fixture has just made. */
	public Long latestCommittee() {
		return committees.committees().stream().map(CommitteeSummary::id).max(Long::compare)
			.orElseGet(() -> units.committee("Thử nghiệm " + TestUnits.uniqueCode("C")));
	}

	public CurrentUser office(Long committeeId) {
		return createIn("office", null, committeeId, Role.STANDING_OFFICE);
	}

	public CurrentUser leader(Long committeeId) {
		return createIn("leader", null, committeeId, Role.LEADER);
	}

	public CurrentUser admin(Long committeeId) {
		return createIn("admin", null, committeeId, Role.ADMIN);
	}

	/** The system administrator: keeps the committees, belongs to none. */
	public CurrentUser systemAdmin() {
		return createIn("sysadmin", null, null, Role.SYSTEM_ADMIN);
	}

	public CurrentUser admin() {
		return create("admin", null, Role.ADMIN);
	}

	public CurrentUser office() {
		return create("office", null, Role.STANDING_OFFICE);
	}

	public CurrentUser leader() {
		return create("leader", null, Role.LEADER);
	}

	/**
	 * Signs the user in for one MockMvc request, as an account unchanged since its creation (security stamp 0): a test
	 * that changes the account's unit, roles, status or password afterwards signs her in again through the form.
	 */
	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.authentication(Principals.authenticated(user, 0));
	}
}
