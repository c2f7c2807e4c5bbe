package vn.atgt.thidua.unit;

import java.util.List;

/**
 * A committee with what its documents print: the header lines (parent body, issuing body), the issuer code of
 * document numbers ("06/KH-BATGT"), the place of the date line and the signature block, and its members; its kind
 * (Ban ATGT, people's committee, police …) and the committee it reports to.
 */
public record CommitteeView(Long id, String name, Long areaId, String areaName, Long standingOfficeUnitId,
		String standingOfficeName, String parentBody, String issuingBody, String issuerCode, String placeName,
		String signatureAuthority, String signerTitle, String signerNote, String signerName, String defaultRecipients,
		boolean active, long version, List<CommitteeMemberRow> members, CommitteeKind kind, Long parentId,
		String parentName) {

	/** A Ban ATGT at the top of the installation (fixtures of the documents). */
	public CommitteeView(Long id, String name, Long areaId, String areaName, Long standingOfficeUnitId,
			String standingOfficeName, String parentBody, String issuingBody, String issuerCode, String placeName,
			String signatureAuthority, String signerTitle, String signerNote, String signerName,
			String defaultRecipients, boolean active, long version, List<CommitteeMemberRow> members) {
		this(id, name, areaId, areaName, standingOfficeUnitId, standingOfficeName, parentBody, issuingBody, issuerCode,
				placeName, signatureAuthority, signerTitle, signerNote, signerName, defaultRecipients, active, version,
				members, CommitteeKind.BAN_ATGT, null, null);
	}

	/** The default "Nơi nhận" list, one recipient a line. */
	public List<String> recipientLines() {
		if (defaultRecipients == null || defaultRecipients.isBlank()) {
			return List.of();
		}
		return defaultRecipients.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
