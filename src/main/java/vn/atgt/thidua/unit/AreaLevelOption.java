package vn.atgt.thidua.unit;

/** A level of the area catalogue (Tỉnh, Huyện, Xã …) for selection lists. */
public record AreaLevelOption(Long id, String code, String name, int tier) {
}
