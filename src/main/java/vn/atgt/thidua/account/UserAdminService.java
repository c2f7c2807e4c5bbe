package vn.atgt.thidua.account;

import static vn.atgt.thidua.account.NewAccounts.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.internal.LoginThrottle;
import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.security.SignInUnlocked;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * User administration: create, edit, deactivate (a user who has acted is never deleted), reset a password (the user
 * must choose a new one at her next sign-in), lift a sign-in lock, and the user look-ups other modules need for
 * notifications. A change of a user's unit, roles, status or password ends her open sessions
 * ({@link AccountAccessChanged}). The administrator's commands check {@link AccountAccess}; the administration pages
 * read {@link AccountQueries}; how a new account is made and placed is {@link NewAccounts}' (shared with the import
 * of a sheet, {@link UserImportService}).
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

	private final UserAccountRepository users;
	private final NewAccounts accounts;
	private final UnitService units;
	private final CommitteeService committees;
	private final AccountAccess access;
	private final PasswordEncoder passwordEncoder;
	private final LoginThrottle throttle;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UserAdminService(UserAccountRepository users, NewAccounts accounts, UnitService units, CommitteeService committees,
			AccountAccess access, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.units = units;
		this.committees = committees;
		this.access = access;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/** A page of users matching the filter, by name (the list page, {@link AccountQueries#users}). */
	Page<UserRow> search(Long committeeId, UserFilter filter, Pageable pageable) {
		Page<Long> ids = users.searchIds(committeeId, SearchText.likePattern(filter.query()), filter.unitId(),
				filter.role(), filter.active(), pageable);
		Map<Long, UserAccount> byId = users.findAllById(ids.getContent()).stream()
			.collect(Collectors.toMap(UserAccount::getId, Function.identity()));
		List<UserAccount> ordered = ids.getContent().stream().map(byId::get).toList();
		return new PageImpl<>(rows(ordered), pageable, ids.getTotalElements());
	}

	public UserRow get(Long id) {
		return rows(List.of(account(id))).get(0);
	}

	/** Active users of a unit who hold the role. */
	public List<UserRow> activeUsersOfUnit(Long unitId, Role role) {
		return rows(users.activeOfUnitWithRole(unitId, role));
	}

	/** Active users of the committee who hold the role (none without a committee). */
	public List<UserRow> activeUsersWithRole(Role role, Long committeeId) {
		return committeeId == null ? List.of() : rows(users.activeWithRole(role, committeeId));
	}

	/** Active users who hold the role, in any unit. */
	public List<UserRow> activeUsersWithRole(Role role) {
		return rows(users.activeWithRole(role));
	}

	/**
	 * Creates a user with a password the administrator chose; she must change it at her first sign-in.
	 * @return the new user's id
	 * @throws AccessDeniedException unless the administrator administers accounts
	 */
	@Transactional
	public Long create(CurrentUser admin, UserCommand command, String initialPassword) {
		access.requireAdministrator(admin);
		PasswordPolicy.check(command.username(), initialPassword, "password");
		UserAccount account = accounts.newAccount(command, passwordEncoder.encode(initialPassword),
				admin.committeeId());
		account.resetPassword(account.getPasswordHash(), clock.instant());
		return users.save(account).getId();
	}

	/**
	 * The system administrator gives a committee an administrator, with a password she must change at her first
	 * sign-in; from there the committee's administrator keeps its people.
	 * @throws AccessDeniedException unless the user is the system administrator
	 * @throws NotFoundException when there is no such committee
	 */
	@Transactional
	public Long createCommitteeAdministrator(CurrentUser sysadmin, Long committeeId, String username, String fullName,
			String initialPassword) {
		access.requireSystemAdministrator(sysadmin);
		committees.get(committeeId);
		UserCommand command = new UserCommand(username, fullName, null, null, null, null, Set.of(Role.ADMIN));
		PasswordPolicy.check(username, initialPassword, "password");
		UserAccount account = accounts.newAccount(command, passwordEncoder.encode(initialPassword), committeeId);
		account.resetPassword(account.getPasswordHash(), clock.instant());
		return users.save(account).getId();
	}

	/** Creates a user whose password is already her own (demo accounts, tests). */
	@Transactional
	public Long createWithOwnPassword(UserCommand command, String password) {
		return createWithOwnPassword(command, password, null);
	}

	/**
	 * The same in a named committee (null: her unit's, or the installation's first): the demo's province and commune
	 * committees have leaders without a unit.
	 */
	@Transactional
	public Long createWithOwnPassword(UserCommand command, String password, Long committeeId) {
		PasswordPolicy.check(command.username(), password, "password");
		UserAccount account = accounts.newAccount(command, passwordEncoder.encode(password), committeeId);
		account.changePassword(account.getPasswordHash(), clock.instant());
		return users.save(account).getId();
	}

	/**
	 * Changes the user's name, contact, unit and roles; a change of unit or roles ends her open sessions.
	 * @throws StaleDataException when someone saved the account since {@code version} was shown
	 * @throws AccessDeniedException unless the administrator administers accounts
	 */
	@Transactional
	public void update(CurrentUser admin, Long id, long version, UserCommand command) {
		access.requireAdministrator(admin);
		UserAccount account = account(admin, id);
		StaleDataException.check(account, version);
		Long committeeId = accounts.committeeOf(command, account.getCommitteeId());
		access.requireCommittee(admin, committeeId, id);
		account.updateProfile(command.fullName(), blankToNull(command.jobTitle()), blankToNull(command.email()),
				blankToNull(command.phone()));
		account.assign(command.unitId(), committeeId, command.roles());
		accessMayHaveChanged(account);
	}

	/**
	 * Activates or deactivates the user; a deactivated user's open sessions end.
	 * @throws DomainException {@code user.deactivate.self} when the administrator would deactivate herself
	 * @throws AccessDeniedException unless the administrator administers accounts
	 */
	@Transactional
	public void setActive(CurrentUser admin, Long id, boolean active) {
		if (active) {
			access.requireAdministrator(admin);
		}
		else {
			access.requireDeactivator(admin, id);
		}
		UserAccount account = account(admin, id);
		if (active) {
			account.activate();
		}
		else {
			account.deactivate();
		}
		accessMayHaveChanged(account);
	}

	/**
	 * Gives the user a generated temporary password that she must replace at her next sign-in; her open sessions end.
	 * @return the temporary password, to hand to the user
	 * @throws AccessDeniedException unless the administrator administers accounts
	 */
	@Transactional
	public String resetPassword(CurrentUser admin, Long id) {
		access.requireAdministrator(admin);
		UserAccount account = account(admin, id);
		String temporary = TemporaryPasswords.generate();
		account.resetPassword(TemporaryPasswords.hash(temporary), clock.instant());
		accessMayHaveChanged(account);
		return temporary;
	}

	/** Until when the user's name is locked after repeated wrong passwords; empty when it is not. */
	Optional<Instant> signInLockedUntil(Long id) {
		return throttle.lockedUntil(account(id).getUsername());
	}

	/**
	 * Lifts the lock that wrong passwords put on the user's name (anyone can cause one by typing her name), so that she
	 * can sign in at once; recorded in the audit trail.
	 * @return false when the name was not locked (nothing to lift)
	 * @throws AccessDeniedException unless the administrator administers accounts
	 */
	@Transactional
	public boolean unlockSignIn(CurrentUser admin, Long id) {
		access.requireAdministrator(admin);
		UserAccount account = account(admin, id);
		Optional<Instant> lockedUntil = throttle.unlock(account.getUsername());
		lockedUntil.ifPresent(until -> events.publishEvent(new SignInUnlocked(account.getId(), account.getUsername(),
				until)));
		return lockedUntil.isPresent();
	}

	public boolean usernameTaken(String username) {
		return accounts.usernameTaken(username);
	}

	/** The user's own contact details, which she may change herself. */
	@Transactional
	public void updateOwnContact(Long id, long version, String fullName, String email, String phone) {
		UserAccount account = account(id);
		StaleDataException.check(account, version);
		account.updateProfile(fullName, account.getJobTitle(), blankToNull(email), blankToNull(phone));
	}

	/** Ends the sessions signed in before the change, if the change touched what the account may do. */
	private void accessMayHaveChanged(UserAccount account) {
		events.publishEvent(new AccountAccessChanged(account.getId(), account.getSecurityStamp()));
	}

	private UserAccount account(Long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	/** The account, if it is of the administrator's committee (another committee's is not found). */
	private UserAccount account(CurrentUser admin, Long id) {
		UserAccount account = account(id);
		access.requireCommittee(admin, account.getCommitteeId(), id);
		return account;
	}

	private List<UserRow> rows(List<UserAccount> accounts) {
		Set<Long> unitIds = accounts.stream().map(UserAccount::getUnitId).filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> unitNames = units.findAll(unitIds).stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		return accounts.stream()
			.map(a -> new UserRow(a.getId(), a.getUsername(), a.getFullName(), a.getJobTitle(), a.getEmail(),
					a.getPhone(), a.getUnitId(), unitNames.get(a.getUnitId()), a.getCommitteeId(), a.getRoles(), a.isActive(),
					a.isMustChangePassword(), a.getLastLoginAt(), a.getVersion()))
			.toList();
	}
}
