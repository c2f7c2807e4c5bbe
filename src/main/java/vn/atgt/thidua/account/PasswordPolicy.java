package vn.atgt.thidua.account;

import java.util.Locale;

import vn.atgt.thidua.common.FieldException;

/** The password rule: at least eight characters and not the user name itself. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	/** Throws a {@link FieldException} on {@code field} when the password breaks the rule. */
	public static void check(String username, String password, String field) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new FieldException(field, "password.tooShort", MIN_LENGTH);
		}
		if (username != null && password.strip().toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
			throw new FieldException(field, "password.sameAsUsername");
		}
	}
}
