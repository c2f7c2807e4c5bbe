/**
 * User accounts and signing in: users with their unit and roles, BCrypt passwords and the password policy, the
 * sign-in throttles (five failures lock a name for five minutes, an administrator can lift the lock; too many failures
 * from one address refuse it for a while), the sessions (ended when the account's unit, roles, status or password
 * change, and after an absolute lifetime), the first administrator, and the security configuration of the whole
 * application (URL rules per role, CSRF, security headers). Other modules read users through
 * {@link vn.atgt.thidua.account.UserAdminService} (notifications); the administration pages read
 * {@link vn.atgt.thidua.account.AccountQueries}, and who administers accounts is
 * {@link vn.atgt.thidua.account.AccountAccess}'s.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "unit", "common" })
package vn.atgt.thidua.account;
