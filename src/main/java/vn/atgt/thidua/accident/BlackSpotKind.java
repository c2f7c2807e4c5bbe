package vn.atgt.thidua.accident;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What the register holds (DOMAIN.md §3.4): black spots (điểm đen, điểm hay xảy ra TNGT), potential accident points
 * (điểm tiềm ẩn TNGT), and the illegal self-opened crossings (lối đi tự mở) and roadside encroachment points (lấn
 * chiếm lòng, lề đường) of the seed plan's task area 2. Only the first two are judged by a black-spot rule.
 */
public enum BlackSpotKind implements Labelled {
	BLACK_SPOT(true), POTENTIAL_POINT(true), ILLEGAL_OPENING(false), ENCROACHMENT(false);

	private final boolean ruled;

	BlackSpotKind(boolean ruled) {
		this.ruled = ruled;
	}

	/** True when a rule of the catalogue (TT 26/2012, TT 41/2024) says what makes a point of this kind. */
	public boolean isRuled() {
		return ruled;
	}

	@Override
	public String messageKey() {
		return "blackSpot.kind." + name();
	}
}
