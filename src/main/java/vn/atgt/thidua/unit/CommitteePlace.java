package vn.atgt.thidua.unit;

/**
 * Where a committee stands in the tree of committees: the committee it reports to ({@code parentId}, null at the
 * top) and whether any committee reports to it.
 */
public record CommitteePlace(Long id, Long parentId, boolean hasChildren) {

	/** The place of no committee (a user without one): neither parent nor children. */
	public static CommitteePlace none(Long id) {
		return new CommitteePlace(id, null, false);
	}

	public boolean hasParent() {
		return parentId != null;
	}
}
