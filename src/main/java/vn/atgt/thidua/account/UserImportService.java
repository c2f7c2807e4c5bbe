package vn.atgt.thidua.account;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.account.internal.UserAccount;
import vn.atgt.thidua.account.internal.UserAccountRepository;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.CurrentUsers;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.common.text.SearchText;
import vn.atgt.thidua.common.xlsx.ImportCheck;
import vn.atgt.thidua.common.xlsx.ImportProblem;
import vn.atgt.thidua.common.xlsx.SheetRow;
import vn.atgt.thidua.common.xlsx.Sheets;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Import of user accounts from an XLSX sheet. Units are named by their code; roles by their Vietnamese names. Every
 * imported user gets a generated temporary password, handed back once as a sheet, and must change it at first sign-in.
 */
@Service
@Transactional(readOnly = true)
public class UserImportService {

	public static final String USERNAME = "Tên đăng nhập";
	public static final String FULL_NAME = "Họ và tên";
	public static final String JOB_TITLE = "Chức vụ";
	public static final String EMAIL = "E-mail";
	public static final String PHONE = "Điện thoại";
	public static final String UNIT_CODE = "Mã đơn vị";
	public static final String ROLES = "Vai trò";
	public static final String TEMPORARY_PASSWORD = "Mật khẩu tạm thời";
	public static final List<String> HEADERS = List.of(USERNAME, FULL_NAME, JOB_TITLE, EMAIL, PHONE, UNIT_CODE, ROLES);

	static final Pattern USERNAME_PATTERN = Pattern.compile("[A-Za-z0-9._-]{3,60}");
	static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	static final Pattern PHONE_PATTERN = Pattern.compile("[0-9 +().-]{0,30}");
	static final Locale VI = Locale.forLanguageTag("vi-VN");

	private final UserAccountRepository users;
	private final NewAccounts accounts;
	private final UnitService units;
	private final MessageSource messages;
	private final Clock clock;

	UserImportService(UserAccountRepository users, NewAccounts accounts, UnitService units, MessageSource messages,
			Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	public byte[] template() {
		return Sheets.write("Nguoi dung", HEADERS, List.of(List.of("nguyenvana", "Nguyễn Văn A",
				"Công chức Văn phòng - Thống kê", "nguyenvana@example.vn", "0912 345 678", "XA-BANBO",
				label(Role.UNIT_OFFICER))));
	}

	/** The dry run: reads and checks every row, writes nothing. */
	public ImportCheck<UserCommand> check(InputStream sheet) {
		ImportCheck.Builder<UserCommand> result = new ImportCheck.Builder<>();
		List<ImportProblem> headerProblems = new ArrayList<>();
		List<SheetRow> rows = Sheets.read(sheet, HEADERS, headerProblems);
		result.problems(headerProblems);
		if (rows.isEmpty()) {
			return result.build();
		}
		Set<String> taken = new HashSet<>();
		users.findByUsernameIn(rows.stream().map(r -> UserAccount.normaliseUsername(r.text(USERNAME))).toList())
			.forEach(u -> taken.add(u.getUsername()));
		Map<String, UnitSummary> unitsByCode = new HashMap<>();
		// Only the importing administrator's committee's units exist for her sheet.
		CurrentUsers.current().map(CurrentUser::committeeId).map(units::allOf).orElseGet(units::all)
			.forEach(u -> unitsByCode.put(u.code().toLowerCase(Locale.ROOT), u));
		Map<String, Role> roles = rolesByLabel();
		Set<String> inSheet = new HashSet<>();
		for (SheetRow row : rows) {
			int n = row.number();
			String username = UserAccount.normaliseUsername(row.text(USERNAME));
			if (username.isEmpty()) {
				result.problem(n, USERNAME, "import.required");
			}
			else if (!USERNAME_PATTERN.matcher(username).matches()) {
				result.problem(n, USERNAME, "user.username.pattern");
			}
			else if (taken.contains(username)) {
				result.problem(n, USERNAME, "user.username.taken");
			}
			else if (!inSheet.add(username)) {
				result.problem(n, USERNAME, "import.duplicateInSheet", username);
			}
			String fullName = row.text(FULL_NAME);
			if (fullName.isEmpty()) {
				result.problem(n, FULL_NAME, "import.required");
			}
			else if (fullName.length() > 150) {
				result.problem(n, FULL_NAME, "import.tooLong", 150);
			}
			if (row.text(JOB_TITLE).length() > 150) {
				result.problem(n, JOB_TITLE, "import.tooLong", 150);
			}
			String email = row.text(EMAIL);
			if (!email.isEmpty() && !EMAIL_PATTERN.matcher(email).matches()) {
				result.problem(n, EMAIL, "validation.email");
			}
			if (!PHONE_PATTERN.matcher(row.text(PHONE)).matches()) {
				result.problem(n, PHONE, "validation.phone");
			}
			Long unitId = null;
			String unitCode = row.text(UNIT_CODE);
			if (!unitCode.isEmpty()) {
				UnitSummary unit = unitsByCode.get(unitCode.toLowerCase(Locale.ROOT));
				if (unit == null) {
					result.problem(n, UNIT_CODE, "import.unit.unknown", unitCode);
				}
				else {
					unitId = unit.id();
				}
			}
			Set<Role> userRoles = EnumSet.noneOf(Role.class);
			for (String part : row.text(ROLES).split("[,;]")) {
				if (!part.isBlank()) {
					Role role = roles.get(SearchText.key(part));
					if (role == null) {
						result.problem(n, ROLES, "import.role.unknown", part.strip());
					}
					else {
						userRoles.add(role);
					}
				}
			}
			if (userRoles.isEmpty() && !result.hasProblemsInRow(n)) {
				result.problem(n, ROLES, "user.roles.required");
			}
			if (unitId == null && unitCode.isEmpty() && userRoles.stream().anyMatch(NewAccounts.UNIT_ROLES::contains)) {
				result.problem(n, UNIT_CODE, "user.unit.requiredForRole");
			}
			if (!result.hasProblemsInRow(n)) {
				result.accept(new UserCommand(username, fullName, row.text(JOB_TITLE), email, row.text(PHONE), unitId,
						userRoles));
			}
		}
		return result.build();
	}

	/**
	 * Creates all users of a valid dry run, or none.
	 * @return a sheet of the new accounts with their temporary passwords, to hand out once
	 */
	@Transactional
	public byte[] importAll(List<UserCommand> commands) {
		Map<String, String> passwords = createAll(CurrentUsers.current().map(CurrentUser::committeeId).orElse(null),
				commands);
		List<List<String>> rows = new ArrayList<>();
		for (UserCommand c : commands) {
			String username = UserAccount.normaliseUsername(c.username());
			rows.add(List.of(username, c.fullName(), passwords.get(username)));
		}
		return Sheets.write("Mat khau tam thoi", List.of(USERNAME, FULL_NAME, TEMPORARY_PASSWORD), rows);
	}

	/**
	 * Creates the users in the committee (the importing administrator's); each gets a generated temporary password,
	 * returned per user name.
	 */
	private Map<String, String> createAll(Long committeeId, List<UserCommand> commands) {
		Map<String, String> passwords = new LinkedHashMap<>();
		for (UserCommand command : commands) {
			String temporary = TemporaryPasswords.generate();
			UserAccount account = accounts.newAccount(command, TemporaryPasswords.hash(temporary), committeeId);
			account.resetPassword(account.getPasswordHash(), clock.instant());
			users.save(account);
			passwords.put(account.getUsername(), temporary);
		}
		return passwords;
	}

	private Map<String, Role> rolesByLabel() {
		Map<String, Role> roles = new HashMap<>();
		for (Role role : Role.committeeRoles()) {
			roles.put(SearchText.key(label(role)), role);
			roles.put(SearchText.key(role.name()), role);
		}
		return roles;
	}

	private String label(Role role) {
		return messages.getMessage(role.messageKey(), null, VI);
	}
}
