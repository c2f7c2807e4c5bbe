package vn.atgt.thidua.exemplar;

/**
 * A recognised exemplar as other modules read it (a commendation proposal cites it, the suggestions list it): its
 * unit, kind, name, the person of a good deed, and how many replications were recorded.
 */
public record RecognisedExemplar(Long id, Long unitId, String unitName, ExemplarKind kind, String title,
		String personName, long replications, boolean publishable) {
}
