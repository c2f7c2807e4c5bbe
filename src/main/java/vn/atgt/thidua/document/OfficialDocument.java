package vn.atgt.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An administrative document in the layout of Nghị định 30/2020/NĐ-CP, ready for {@link DocxWriter}: the header (parent
 * body, issuing body, number; place and date), the title and summary ("KẾ HOẠCH" / "Phát động phong trào …") or, for an
 * official letter, the "V/v …" line under the number and the "Kính gửi:" addressees, the body, the recipients ("Nơi
 * nhận:"), the signature block and the annexes. Build one with {@link #builder(DocumentType)}, or, with the committee's
 * header and signature filled in, with {@link CommitteeDocuments#draft(Long, DocumentType)}.
 *
 * @param type the kind of document: its title and the type code of its number
 * @param parentBody the body the issuer belongs to, in capitals ("UBND HUYỆN TAM ĐƯỜNG"); may be empty
 * @param issuingBody the issuer in capitals ("BAN AN TOÀN GIAO THÔNG")
 * @param number the number and code, possibly left blank for the clerk
 * @param dateLine the place and date, possibly left blank for the clerk
 * @param summary what the document is about (trích yếu): the bold line under the title, or the "V/v" line of an
 *        official letter (without "V/v"); may be null for a document with a title
 * @param addressees the "Kính gửi:" list of an official letter, empty for other documents
 * @param body the body, top to bottom
 * @param recipients the "Nơi nhận:" lines without their dash, the last usually "Lưu: VT, …"
 * @param signature the signature block
 * @param annexes the annexes after the signature, each on a new page
 */
public record OfficialDocument(DocumentType type, String parentBody, String issuingBody, DocumentNumber number,
		DateLine dateLine, String summary, List<String> addressees, List<Block> body, List<String> recipients,
		Signature signature, List<Annex> annexes) {

	public OfficialDocument {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(dateLine, "dateLine");
		Objects.requireNonNull(signature, "signature");
		parentBody = parentBody == null ? "" : parentBody.strip();
		summary = summary == null || summary.isBlank() ? null : summary.strip();
		if (type.isOfficialLetter() && summary == null) {
			throw new IllegalArgumentException("an official letter needs its V/v summary");
		}
		addressees = clean(addressees);
		body = List.copyOf(body);
		recipients = clean(recipients);
		annexes = List.copyOf(annexes);
	}

	public static Builder builder(DocumentType type) {
		return new Builder(type);
	}

	/** The "V/v …" line of an official letter, null for other documents. */
	public String subjectLine() {
		return type.isOfficialLetter() ? "V/v " + summary : null;
	}

	/** How annexes and other documents cite this one: "Kế hoạch số 06/KH-BATGT ngày 21 tháng 6 năm 2024". */
	public String citation() {
		return type.nameInText() + " số " + number.text().strip() + " " + dateLine.dateText();
	}

	private static List<String> clean(List<String> lines) {
		return lines.stream().filter(Objects::nonNull).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	/** Builds a document step by step; every setter returns the builder. */
	public static final class Builder {

		private final DocumentType type;
		private String parentBody = "";
		private String issuingBody;
		private DocumentNumber number;
		private DateLine dateLine;
		private String summary;
		private final List<String> addressees = new ArrayList<>();
		private final List<Block> body = new ArrayList<>();
		private final List<String> recipients = new ArrayList<>();
		private Signature signature;
		private final List<Annex> annexes = new ArrayList<>();

		Builder(DocumentType type) {
			this.type = Objects.requireNonNull(type, "type");
		}

		public DocumentType type() {
			return type;
		}

		public Builder parentBody(String parentBody) {
			this.parentBody = parentBody;
			return this;
		}

		public Builder issuingBody(String issuingBody) {
			this.issuingBody = issuingBody;
			return this;
		}

		public Builder number(DocumentNumber number) {
			this.number = number;
			return this;
		}

		/** Gives the number from the clerk's register, keeping the code ("6" → "06/KH-BATGT"). */
		public Builder numbered(String given) {
			this.number = requireNumber().withNumber(given);
			return this;
		}

		public Builder dateLine(DateLine dateLine) {
			this.dateLine = dateLine;
			return this;
		}

		/** Dates the document, keeping the place. */
		public Builder dated(LocalDate date) {
			this.dateLine = DateLine.of(requireDateLine().place(), date);
			return this;
		}

		/** Leaves the day and month blank for the clerk, who dates the document at signature; keeps the place. */
		public Builder datedAtSignature(int year) {
			this.dateLine = DateLine.blank(requireDateLine().place(), year);
			return this;
		}

		/** The summary: the bold line under the title, or, for an official letter, the "V/v" line (without "V/v"). */
		public Builder summary(String summary) {
			this.summary = summary;
			return this;
		}

		/** Adds addressees to the "Kính gửi:" list (official letters). */
		public Builder addressees(String... names) {
			return addressees(Arrays.asList(names));
		}

		public Builder addressees(List<String> names) {
			this.addressees.addAll(names);
			return this;
		}

		public Builder heading(String text) {
			return block(new Block.Heading(text));
		}

		public Builder paragraph(String text) {
			return block(new Block.Paragraph(text));
		}

		public Builder bullet(String text) {
			return block(new Block.Bullet(text));
		}

		public Builder table(Block.Table table) {
			return block(table);
		}

		public Builder block(Block block) {
			this.body.add(Objects.requireNonNull(block, "block"));
			return this;
		}

		/** Replaces the "Nơi nhận:" lines. */
		public Builder recipients(List<String> lines) {
			this.recipients.clear();
			this.recipients.addAll(lines);
			return this;
		}

		/** Puts lines before the present recipients ("Như trên;" before the committee's defaults). */
		public Builder recipientsFirst(String... lines) {
			this.recipients.addAll(0, Arrays.asList(lines));
			return this;
		}

		public Builder signature(Signature signature) {
			this.signature = signature;
			return this;
		}

		public Builder annex(Annex annex) {
			this.annexes.add(Objects.requireNonNull(annex, "annex"));
			return this;
		}

		/** The number as set so far (the factory sets it blank with the committee's code). */
		public DocumentNumber number() {
			return number;
		}

		/** The place and date as set so far. */
		public DateLine dateLine() {
			return dateLine;
		}

		/**
		 * The document.
		 * @throws NullPointerException when the issuing body, number, place and date or signature is missing
		 * @throws IllegalArgumentException when an official letter has no summary
		 */
		public OfficialDocument build() {
			return new OfficialDocument(type, parentBody, issuingBody, number, dateLine, summary, addressees, body,
					recipients, signature, annexes);
		}

		private DocumentNumber requireNumber() {
			return Objects.requireNonNull(number, "number: set it (or use CommitteeDocuments.draft) first");
		}

		private DateLine requireDateLine() {
			return Objects.requireNonNull(dateLine, "dateLine: set it (or use CommitteeDocuments.draft) first");
		}
	}
}
