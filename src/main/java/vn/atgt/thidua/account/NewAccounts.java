package vn.atgt.thidua.account;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * How an account is made and placed, shared by the administrator's forms ({@link UserAdminService}) and the import of
 * a sheet ({@link UserImportService}): a name nobody has, roles that fit (a unit role needs a unit; nobody is made
 * system administrator here) and the committee of the account's unit. Saving, passwords and access checks stay with
 * the callers.
 */
@Component
class NewAccounts {

	static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_OFFICER, Role.UNIT_HEAD);

	private final UserAccountRepository users;
	private final UnitService units;
	private final CommitteeService committees;

	NewAccounts(UserAccountRepository users, UnitService units, CommitteeService committees) {
		this.users = users;
		this.units = units;
		this.committees = committees;
	}

	boolean usernameTaken(String username) {
		return users.existsByUsername(UserAccount.normaliseUsername(username));
	}

	/**
	 * A new account (not saved) in the committee of its unit; without a unit, in {@code committeeId} (the
	 * administrator's), or, for the installation's own imports and demo, in its main committee.
	 */
	UserAccount newAccount(UserCommand command, String passwordHash, Long committeeId) {
		if (usernameTaken(command.username())) {
			throw new FieldException("username", "user.username.taken");
		}
		Long committee = committeeOf(command, committeeId != null ? committeeId : committees.mainId());
		if (committeeId != null && !committeeId.equals(committee)) {
			throw new FieldException("unitId", "unit.unknown");
		}
		UserAccount account = new UserAccount(command.username(), passwordHash, command.fullName());
		account.updateProfile(command.fullName(), blankToNull(command.jobTitle()), blankToNull(command.email()),
				blankToNull(command.phone()));
		account.assign(command.unitId(), committee, command.roles());
		return account;
	}

	/** The committee of the command's unit, or {@code otherwise} for an account without unit; validates it first. */
	Long committeeOf(UserCommand command, Long otherwise) {
		validate(command);
		return command.unitId() == null ? otherwise
				: units.find(command.unitId()).map(UnitSummary::committeeId).orElse(otherwise);
	}

	private void validate(UserCommand command) {
		if (command.roles() == null || command.roles().isEmpty()) {
			throw new FieldException("roles", "user.roles.required");
		}
		if (command.roles().contains(Role.SYSTEM_ADMIN)) {
			throw new FieldException("roles", "user.roles.systemAdmin");
		}
		if (command.unitId() != null && units.find(command.unitId()).isEmpty()) {
			throw new FieldException("unitId", "unit.unknown");
		}
		if (command.unitId() == null && command.roles().stream().anyMatch(UNIT_ROLES::contains)) {
			throw new FieldException("unitId", "user.unit.requiredForRole");
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
