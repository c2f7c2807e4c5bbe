package vn.atgt.thidua.commendation;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What an award rewards: an achievement in a theme movement (thi đua theo chuyên đề, as this movement is) or merit in
 * the ongoing work (công trạng; the titles). A chuyên đề award is not grounds for a công trạng one.
 */
public enum AwardBasis implements Labelled {
	THEMATIC, MERIT;

	@Override
	public String messageKey() {
		return "award.basis." + name();
	}
}
