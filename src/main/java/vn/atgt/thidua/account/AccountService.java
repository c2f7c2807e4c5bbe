package vn.atgt.thidua.account;

import java.time.Clock;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;

/** The account module's door for the signed-in user: her own password, her profile, the first administrator. */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final UserAccountRepository users;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final CommitteeService committees;

	AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, CommitteeService committees) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.committees = committees;
	}

	/**
	 * Changes the user's own password after checking the current one and the policy. Her other sessions end; the
	 * caller refreshes the session she is using ({@link SignedInUsers#refresh}).
	 */
	@Transactional
	public void changeOwnPassword(CurrentUser user, String currentPassword, String newPassword,
			String confirmation) {
		UserAccount account = users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id()));
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new FieldException("currentPassword", "password.currentWrong");
		}
		PasswordPolicy.check(account.getUsername(), newPassword, "newPassword");
		if (!newPassword.equals(confirmation)) {
			throw new FieldException("confirmation", "password.mismatch");
		}
		if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new FieldException("newPassword", "password.sameAsCurrent");
		}
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		events.publishEvent(new AccountAccessChanged(account.getId(), account.getSecurityStamp()));
	}

	/** Notes the time of a successful sign-in. */
	@Transactional
	public void recordSignIn(String username) {
		users.recordSignIn(UserAccount.normaliseUsername(username), clock.instant());
	}

	public boolean anyUserExists() {
		return users.count() > 0;
	}

	/**
	 * Creates the system administrator (no committee: she creates committees and their first administrators and sees
	 * no unit data); used for the first account of an installation without committee, and by the demo.
	 */
	@Transactional
	public Long createSystemAdministrator(String username, String password, String fullName) {
		PasswordPolicy.check(username, password, "password");
		if (users.existsByUsername(UserAccount.normaliseUsername(username))) {
			throw new FieldException("username", "user.username.taken");
		}
		UserAccount admin = new UserAccount(username, passwordEncoder.encode(password), fullName);
		admin.assign(null, null, Set.of(Role.SYSTEM_ADMIN));
		return users.save(admin).getId();
	}

	/** True when no committee exists yet: the installation's first account keeps committees. */
	public boolean noCommitteeYet() {
		return committees.mainId() == null;
	}

	/** Creates an administrator of the main committee; used once, for the first one, from the environment. */
	@Transactional
	public Long createAdministrator(String username, String password, String fullName) {
		PasswordPolicy.check(username, password, "password");
		if (users.existsByUsername(UserAccount.normaliseUsername(username))) {
			throw new FieldException("username", "user.username.taken");
		}
		UserAccount admin = new UserAccount(username, passwordEncoder.encode(password), fullName);
		admin.assign(null, committees.mainId(), Set.of(Role.ADMIN));
		return users.save(admin).getId();
	}
}
