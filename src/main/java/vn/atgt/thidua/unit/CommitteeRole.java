package vn.atgt.thidua.unit;

import vn.atgt.thidua.common.i18n.Labelled;

/** A person's role in the committee (Trưởng ban, Phó Trưởng ban thường trực, Phó Trưởng ban, Thành viên). */
public enum CommitteeRole implements Labelled {
	HEAD, STANDING_DEPUTY, DEPUTY, MEMBER;

	@Override
	public String messageKey() {
		return "committee.role." + name();
	}
}
