package vn.atgt.thidua.document;

/**
 * The kinds of administrative document the committee issues, with the type code of their number ("06/KH-BATGT") and
 * the title printed above the summary (Nghị định 30/2020/NĐ-CP, Phụ lục III). An official letter (công văn) has neither:
 * its number is "…/BATGT" and its summary is the "V/v …" line under the number.
 */
public enum DocumentType {
	PLAN("KH", "KẾ HOẠCH", "Kế hoạch"),
	REPORT("BC", "BÁO CÁO", "Báo cáo"),
	DECISION("QĐ", "QUYẾT ĐỊNH", "Quyết định"),
	SUBMISSION("TTr", "TỜ TRÌNH", "Tờ trình"),
	NOTICE("TB", "THÔNG BÁO", "Thông báo"),
	GUIDANCE("HD", "HƯỚNG DẪN", "Hướng dẫn"),
	MINUTES("BB", "BIÊN BẢN", "Biên bản"),
	LIST("DM", "DANH MỤC", "Danh mục"),
	OFFICIAL_LETTER(null, null, "Công văn");

	private final String code;
	private final String title;
	private final String name;

	DocumentType(String code, String title, String name) {
		this.code = code;
		this.title = title;
		this.name = name;
	}

	/** The type code of the number ("KH"), or null for an official letter. */
	public String code() {
		return code;
	}

	/** The title in capitals ("KẾ HOẠCH"), or null for an official letter, which has none. */
	public String title() {
		return title;
	}

	/** The kind as a sentence names it: "Kế hoạch", "Công văn". */
	public String nameInText() {
		return name;
	}

	public boolean isOfficialLetter() {
		return this == OFFICIAL_LETTER;
	}
}
