package vn.atgt.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeView;

/**
 * Starts a committee's documents from what the committee's record says its documents print (unit module,
 * {@code /admin/committees}): parent and issuing body, the issuer code of the number, the place of the date line, the
 * signature block and the default recipients. Nothing of an office, a district or a place is written here.
 */
@Service
@Transactional(readOnly = true)
public class CommitteeDocuments {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
	/** The archive line every "Nơi nhận" ends with (Phụ lục I: "Lưu: VT, …"); added when the committee's list lacks it. */
	static final String ARCHIVE = "Lưu: VT.";

	private final CommitteeService committees;
	private final Clock clock;

	CommitteeDocuments(CommitteeService committees, Clock clock) {
		this.committees = committees;
		this.clock = clock;
	}

	/**
	 * A document of the committee with its header, number (blank for the clerk, with the type and issuer code), place
	 * and today's date, signature block and default recipients filled in. The caller adds the summary, addressees, body
	 * and annexes, and may give the number ({@code numbered}), another date ({@code dated}) or leave the date blank for
	 * the clerk ({@code datedAtSignature}).
	 * @throws NotFoundException when there is no such committee
	 */
	public OfficialDocument.Builder draft(Long committeeId, DocumentType type) {
		return draft(committees.get(committeeId), type);
	}

	/** The same as {@link #draft(Long, DocumentType)} for a committee already read. */
	public OfficialDocument.Builder draft(CommitteeView committee, DocumentType type) {
		return OfficialDocument.builder(type)
			.parentBody(upper(committee.parentBody()))
			.issuingBody(upper(committee.issuingBody()))
			.number(DocumentNumber.blank(type, committee.issuerCode()))
			.dateLine(DateLine.of(committee.placeName(), today()))
			.signature(signatureOf(committee))
			.recipients(recipientsOf(committee));
	}

	/** The committee's signature block: authority and title lines, the signer's further title and name. */
	public static Signature signatureOf(CommitteeView committee) {
		return new Signature(List.of(upper(committee.signatureAuthority()), upper(committee.signerTitle())),
				upper(committee.signerNote()), committee.signerName());
	}

	/** The committee's default "Nơi nhận" lines, without dashes, ending with the archive line. */
	public static List<String> recipientsOf(CommitteeView committee) {
		List<String> lines = new ArrayList<>();
		for (String line : committee.recipientLines()) {
			String text = line.startsWith("-") ? line.substring(1).strip() : line;
			if (!text.isEmpty()) {
				lines.add(text);
			}
		}
		if (lines.stream().noneMatch(line -> line.toLowerCase(VIETNAMESE).startsWith("lưu"))) {
			lines.add(ARCHIVE);
		}
		return lines;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.ZONE));
	}

	private static String upper(String text) {
		return text == null ? "" : text.strip().toUpperCase(VIETNAMESE);
	}
}
