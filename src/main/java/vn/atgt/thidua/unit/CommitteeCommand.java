package vn.atgt.thidua.unit;

/** What an administrator enters for a committee. */
public record CommitteeCommand(String name, Long areaId, Long standingOfficeUnitId, String parentBody,
		String issuingBody, String issuerCode, String placeName, String signatureAuthority, String signerTitle,
		String signerNote, String signerName, String defaultRecipients) {
}
