package vn.atgt.thidua.unit;

import vn.atgt.thidua.common.i18n.Labelled;

/**
 * What body organises a movement (issue 18 item 6): a traffic-safety committee (Ban ATGT) by default, or the people's
 * committee, the police, another body. Nothing assumes a Ban ATGT exists: a 2026 draft would end the provincial Ban ATGT
 * and give the coordination to the police (DOMAIN.md §4.3); texts that name the organiser use the committee's name.
 */
public enum CommitteeKind implements Labelled {
	BAN_ATGT, PEOPLES_COMMITTEE, POLICE, OTHER;

	@Override
	public String messageKey() {
		return "committee.kind." + name();
	}
}
