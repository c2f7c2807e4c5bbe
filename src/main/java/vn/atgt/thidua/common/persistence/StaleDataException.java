package vn.atgt.thidua.common.persistence;

import vn.atgt.thidua.common.DomainException;

/** Someone else saved the same record since this user opened it; nothing was written. */
public class StaleDataException extends DomainException {

	public StaleDataException() {
		super("error.conflict");
	}

	/** Refuses a save made from a form that showed an older version of the entity. */
	public static void check(AuditedEntity entity, long versionShownToUser) {
		if (entity.getVersion() != versionShownToUser) {
			throw new StaleDataException();
		}
	}
}
