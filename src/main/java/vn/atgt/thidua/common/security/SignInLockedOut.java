package vn.atgt.thidua.common.security;

import java.time.Instant;

/** Published when repeated failures lock a sign-in name; the audit trail records it. */
public record SignInLockedOut(String username, Instant lockedUntil, String remoteAddress) {
}
