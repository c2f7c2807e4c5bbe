package vn.atgt.thidua.unit;

/** A province or centrally-run city of the official list of 1/7/2025 ({@code kind}: "Tỉnh", "Thành phố Trung Ương"). */
public record OfficialProvince(String code, String name, String kind) {
}
