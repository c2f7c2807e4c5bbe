package vn.atgt.thidua.accident.internal;

/** What a rule of the catalogue decides: the class of an accident, or what makes a black spot. */
public enum RulePurpose {
	CLASSIFICATION, BLACK_SPOT
}
