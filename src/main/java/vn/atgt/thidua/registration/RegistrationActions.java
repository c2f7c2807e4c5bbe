package vn.atgt.thidua.registration;

/**
 * What the signed-in user may do with one unit's registration right now, as {@link RegistrationAccess} decides it:
 * the page shows exactly the buttons the service accepts. {@code edit}: change its targets (also by a sheet,
 * {@code importSheet}); {@code submit}: send it (the unit's head); {@code waitsForHead}: an officer whose
 * registration is ready but who may not send it; {@code decide}: approve or return it; {@code reopen}: reopen an
 * approved one; {@code overview}: go to the table of every unit.
 */
public record RegistrationActions(boolean edit, boolean importSheet, boolean submit, boolean waitsForHead,
		boolean decide, boolean reopen, boolean overview) {
}
