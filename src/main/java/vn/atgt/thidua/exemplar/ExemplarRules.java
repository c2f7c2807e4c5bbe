package vn.atgt.thidua.exemplar;

/** The lengths the tables allow, shared by the entity, the forms and the migration. */
public final class ExemplarRules {

	public static final int TITLE_MAX = 300;
	public static final int PERSON_MAX = 150;
	public static final int TEXT_MAX = 4000;
	public static final int INDICATOR_MAX = 300;
	public static final int REASON_MAX = 2000;
	public static final int NOTE_MAX = 1000;
	public static final int CAPTION_MAX = 300;

	private ExemplarRules() {
	}

	/** The text stripped, or null when blank. */
	public static String clean(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
