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

/** Creates users for tests, each with a fresh name, and signs them in for MockMvc. */
@Component
public class TestUsers {

	public static final String PASSWORD = "matkhau-thu-nghiem";

	/**
	 * The standing office as the services see it, with no account behind it: for fixtures that set data up through
	 * the services (a campaign's setup commands take the user who sets it up).
	 */
	public static final CurrentUser STANDING_OFFICE = new CurrentUser(null, "vanphong-thu-nghiem",
			"Văn phòng thường trực (thử nghiệm)", null, null, Set.of(Role.STANDING_OFFICE), false);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final UserAccountRepository users;
	private final PasswordEncoder passwordEncoder;
	private final CurrentUserFactory currentUsers;

	TestUsers(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUserFactory currentUsers) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.currentUsers = currentUsers;
	}

	public static String uniqueName(String prefix) {
		return prefix + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
	}

	@Transactional
	public CurrentUser create(String prefix, Long unitId, Role... roles) {
		UserAccount account = new UserAccount(uniqueName(prefix), passwordEncoder.encode(PASSWORD),
				"Người dùng " + prefix);
		account.assign(unitId, Set.of(roles));
		return currentUsers.of(users.save(account));
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
