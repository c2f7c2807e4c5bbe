package vn.atgt.thidua.generator;

import java.util.Locale;

/**
 * How much to generate: a province (its committee, 170 commune committees, about 2,000 member units, five yearly
 * campaigns of 12 months with 20 targets per unit: 2.4 million progress entries) or the national plan on paper, 20
 * such provinces.
 */
record Scale(String name, int provinces) {

	static final int COMMUNES = 170;
	static final int AGENCIES = 30;
	static final int ORGANISATIONS = 10;
	/** Units in the communes besides each commune's people's committee (police, schools, health stations …). */
	static final int COMMUNE_UNITS = 1790;
	static final int CAMPAIGNS = 5;
	static final int TASK_AREAS = 6;
	static final int TARGETS = 20;
	static final int BLACK_SPOTS = 600;
	static final int AUDIT_ROWS = 300_000;

	static Scale of(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "province" -> new Scale("province", 1);
			case "national" -> new Scale("national", 20);
			default -> throw new IllegalArgumentException("--generate=province or --generate=national, not " + name);
		};
	}

	static int unitsPerProvince() {
		return AGENCIES + ORGANISATIONS + COMMUNES + COMMUNE_UNITS;
	}
}
