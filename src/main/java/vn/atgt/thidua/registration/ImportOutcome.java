package vn.atgt.thidua.registration;

/** What an import of the registration sheet changed: targets added, changed, removed and left as they were. */
public record ImportOutcome(int added, int changed, int removed, int unchanged) {

	public boolean changedAnything() {
		return added + changed + removed > 0;
	}
}
