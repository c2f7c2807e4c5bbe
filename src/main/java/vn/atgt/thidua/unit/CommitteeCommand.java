package vn.atgt.thidua.unit;

/**
 * What an administrator enters for a committee: its kind (null: a Ban ATGT) and the committee it reports to
 * ({@code parentId}, which only the system administrator places; null at the top).
 */
public record CommitteeCommand(String name, Long areaId, Long standingOfficeUnitId, String parentBody,
		String issuingBody, String issuerCode, String placeName, String signatureAuthority, String signerTitle,
		String signerNote, String signerName, String defaultRecipients, CommitteeKind kind, Long parentId) {

	/** A Ban ATGT at the top of the installation (start-up data, fixtures). */
	public CommitteeCommand(String name, Long areaId, Long standingOfficeUnitId, String parentBody, String issuingBody,
			String issuerCode, String placeName, String signatureAuthority, String signerTitle, String signerNote,
			String signerName, String defaultRecipients) {
		this(name, areaId, standingOfficeUnitId, parentBody, issuingBody, issuerCode, placeName, signatureAuthority,
				signerTitle, signerNote, signerName, defaultRecipients, CommitteeKind.BAN_ATGT, null);
	}

	/** The same command under another parent (an administrator of the committee does not move it). */
	public CommitteeCommand withParent(Long parent) {
		return new CommitteeCommand(name, areaId, standingOfficeUnitId, parentBody, issuingBody, issuerCode, placeName,
				signatureAuthority, signerTitle, signerNote, signerName, defaultRecipients, kind, parent);
	}
}
