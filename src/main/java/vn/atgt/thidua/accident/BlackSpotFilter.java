package vn.atgt.thidua.accident;

/** The filters of the register: kind, status, commune and an accent-free search ("ql4d" finds "QL4D"); null: any. */
public record BlackSpotFilter(BlackSpotKind kind, BlackSpotStatus status, Long areaId, String query) {

	public static BlackSpotFilter none() {
		return new BlackSpotFilter(null, null, null, null);
	}
}
