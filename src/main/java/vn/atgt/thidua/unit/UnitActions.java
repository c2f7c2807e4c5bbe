package vn.atgt.thidua.unit;

/**
 * What the signed-in user may do with a member unit on the administration pages, from {@link UnitAccess#actions}:
 * edit it, deactivate an active one, activate an inactive one. The unit list shows exactly these buttons.
 */
public record UnitActions(boolean edit, boolean deactivate, boolean activate) {
}
