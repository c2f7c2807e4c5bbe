package vn.atgt.thidua.account;

/**
 * Published when what an account may do changed (unit, roles, active, password): the sessions signed in before it
 * are ended once the change commits.
 * @param securityStamp the account's stamp after the change; sessions signed in with a lower one end
 */
public record AccountAccessChanged(Long userId, long securityStamp) {
}
