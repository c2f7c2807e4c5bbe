/**
 * User accounts and signing in: users with their unit and roles, BCrypt passwords and the password policy, the
 * sign-in throttle (five failures lock a name for fifteen minutes), the first administrator, and the security
 * configuration of the whole application (URL rules per role, CSRF, security headers).
 */
package vn.atgt.thidua.account;
