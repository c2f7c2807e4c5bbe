package vn.atgt.thidua.accident;

/**
 * An area that figures are given for: a commune or town of the committee, or its whole area; {@code name} as shown
 * ("Xã Bản Bo"), {@code plainName} without the level ("Bản Bo").
 */
public record SheetArea(Long id, String name, String plainName) {
}
