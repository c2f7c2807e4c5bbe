package vn.atgt.thidua.accident;

/** An area that figures are given for: a commune or town of the committee ("Xã Bản Bo"), or its whole area. */
public record SheetArea(Long id, String name) {
}
