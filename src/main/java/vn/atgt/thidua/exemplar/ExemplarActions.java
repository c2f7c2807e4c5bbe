package vn.atgt.thidua.exemplar;

/**
 * What the signed-in user may do with one exemplar now, as {@link ExemplarAccess} decides it: {@code edit} its text
 * and photos (the unit, while a draft or returned); {@code propose} it (the unit's head); {@code waitsForHead} an
 * officer whose exemplar is ready but who does not send it; {@code decide} recognise or return it (the standing office,
 * when proposed); {@code publish} flag a recognised one publishable or not; {@code replicate} record or remove where it
 * was replicated (its unit and the office, while the campaign is open).
 */
public record ExemplarActions(boolean edit, boolean propose, boolean waitsForHead, boolean decide, boolean publish,
		boolean replicate) {
}
