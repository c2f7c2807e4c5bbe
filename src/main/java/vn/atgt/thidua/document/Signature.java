package vn.atgt.thidua.document;

import java.util.List;
import java.util.Objects;

/**
 * The signature block (Nghị định 30/2020): the authority and title in bold capitals ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN
 * THƯỜNG TRỰC"), the space for the signature and seal, then an optional further title of the signer ("TRƯỞNG PHÒNG
 * KINH TẾ VÀ HẠ TẦNG", as the seed plan prints it) and the signer's name in bold.
 *
 * @param titleLines the authority and title lines, top to bottom (printed in capitals)
 * @param signerNote a further title printed above the name, or null
 * @param signerName the signer's full name
 */
public record Signature(List<String> titleLines, String signerNote, String signerName) {

	public Signature {
		titleLines = titleLines.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).toList();
		signerNote = signerNote == null || signerNote.isBlank() ? null : signerNote.strip();
		signerName = signerName == null ? "" : signerName.strip();
	}
}
