package vn.atgt.thidua.common.security;

import java.time.Instant;

/** Published when an administrator lifts the sign-in lock of a user's name; the audit trail records it. */
public record SignInUnlocked(Long userId, String username, Instant lockedUntil) {
}
