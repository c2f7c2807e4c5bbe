package vn.atgt.thidua.account.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code thidua.admin.*}: the name and password of the first administrator, created on the first start of an empty
 * database ({@code THIDUA_ADMIN_USERNAME}, {@code THIDUA_ADMIN_PASSWORD}). There is no default: blank or unset means
 * none is created.
 */
@ConfigurationProperties("thidua.admin")
record FirstAdministratorProperties(String username, String password) {

	/** True when both the name and the password are set. */
	boolean given() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}
}
