package vn.atgt.thidua.exemplar;

/** The list's filters: a status, a kind (each optional). */
public record ExemplarFilter(ExemplarStatus status, ExemplarKind kind) {
}
