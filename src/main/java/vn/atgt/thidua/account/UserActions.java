package vn.atgt.thidua.account;

/**
 * What the signed-in user may do with an account on the administration pages, from {@link AccountAccess#actions}:
 * edit it, deactivate it (not her own: an administrator does not lock herself out), activate it again, reset its
 * password, lift the lock that wrong passwords put on its name. The pages show exactly these buttons.
 */
public record UserActions(boolean edit, boolean deactivate, boolean activate, boolean resetPassword, boolean unlock) {
}
