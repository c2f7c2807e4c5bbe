package vn.atgt.thidua.document;

import java.util.Objects;

/**
 * The number and code of a document ("Số: 06/KH-BATGT"): the number given by the clerk's register, or blank while the
 * document waits for it ("Số:      /KH-BATGT"), then the type code and the issuer code (an official letter has no type
 * code: "Số:      /BATGT"). Nghị định 30/2020: numbers below 10 are written with a leading zero.
 *
 * @param number the number ("06"), or null while it is left blank for the clerk
 * @param code what follows the slash ("KH-BATGT", "BATGT")
 */
public record DocumentNumber(String number, String code) {

	/** What the clerk fills in by hand: six spaces, as wide as a two- or three-digit number written on paper. */
	static final String BLANK = "      ";

	public DocumentNumber {
		Objects.requireNonNull(code, "code");
		number = number == null || number.isBlank() ? null : withLeadingZero(number.strip());
	}

	/** A number left blank for the clerk, with the code of the type and the issuer ("…/KH-BATGT", "…/BATGT"). */
	public static DocumentNumber blank(DocumentType type, String issuerCode) {
		return new DocumentNumber(null, codeOf(type, issuerCode));
	}

	/** A given number with the code of the type and the issuer ("6", PLAN, "BATGT" → "06/KH-BATGT"). */
	public static DocumentNumber of(String number, DocumentType type, String issuerCode) {
		return new DocumentNumber(number, codeOf(type, issuerCode));
	}

	/**
	 * Reads a number written in full, as a campaign keeps its plan number ("06/KH-BATGT"). Text without a slash is taken
	 * as the number alone, with the code of the type and the issuer.
	 */
	public static DocumentNumber parse(String text, DocumentType type, String issuerCode) {
		String written = text == null ? "" : text.strip();
		int slash = written.indexOf('/');
		if (slash < 0) {
			return of(written, type, issuerCode);
		}
		String code = written.substring(slash + 1).strip();
		return new DocumentNumber(written.substring(0, slash), code.isEmpty() ? codeOf(type, issuerCode) : code);
	}

	/** The same code with the number the clerk gave. */
	public DocumentNumber withNumber(String given) {
		return new DocumentNumber(given, code);
	}

	public boolean isBlank() {
		return number == null;
	}

	/** "06/KH-BATGT", or "      /KH-BATGT" when blank. */
	public String text() {
		return (number == null ? BLANK : number) + "/" + code;
	}

	/** The line of the header: "Số: 06/KH-BATGT", or "Số:      /KH-BATGT" when blank. */
	public String line() {
		return number == null ? "Số:" + BLANK + "/" + code : "Số: " + text();
	}

	static String codeOf(DocumentType type, String issuerCode) {
		Objects.requireNonNull(type, "type");
		String issuer = issuerCode == null ? "" : issuerCode.strip();
		if (type.code() == null) {
			return issuer;
		}
		return issuer.isEmpty() ? type.code() : type.code() + "-" + issuer;
	}

	private static String withLeadingZero(String number) {
		return number.length() == 1 && Character.isDigit(number.charAt(0)) ? "0" + number : number;
	}
}
