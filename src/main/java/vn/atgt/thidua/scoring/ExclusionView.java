package vn.atgt.thidua.scoring;

/** A condition that, met by a unit, takes it out of the ranking (điều kiện không xét phân loại). */
public record ExclusionView(Long id, int position, String text) {
}
