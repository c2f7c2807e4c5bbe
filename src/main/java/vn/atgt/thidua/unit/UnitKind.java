package vn.atgt.thidua.unit;

import vn.atgt.thidua.common.i18n.Labelled;

/** What sort of member unit: a state agency, a commune-level People's Committee, a mass organisation, other. */
public enum UnitKind implements Labelled {
	AGENCY, COMMUNE_COMMITTEE, MASS_ORGANISATION, OTHER;

	@Override
	public String messageKey() {
		return "unit.kind." + name();
	}
}
