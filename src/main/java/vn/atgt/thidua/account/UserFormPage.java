package vn.atgt.thidua.account;

import java.time.Instant;
import java.util.List;

import vn.atgt.thidua.unit.UnitSummary;

/**
 * The create or edit form of an account: the account (null for a new one), until when its name is locked after wrong
 * passwords (null when it is not), the buttons it offers (null for a new one), and the units to choose from.
 */
public record UserFormPage(UserRow user, Instant lockedUntil, UserActions actions, List<UnitSummary> units) {
}
