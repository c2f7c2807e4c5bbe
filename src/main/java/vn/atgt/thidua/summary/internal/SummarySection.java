package vn.atgt.thidua.summary.internal;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.atgt.thidua.summary.SectionContent;
import vn.atgt.thidua.summary.SectionKey;

/**
 * One section of a report: the text printed ({@code body}), the text last generated from data ({@code generated}),
 * the table, whether the office edited the text, and whether the data changed under an edited text at the last
 * refresh (so that the office sees which sections to look at again).
 */
@Entity
@Table(name = "summary_sections")
public class SummarySection {

	/** The longest text a section keeps (the column's size). */
	public static final int TEXT_MAX = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private SummaryReport report;

	@Enumerated(EnumType.STRING)
	@Column(name = "section_key", nullable = false, updatable = false, length = 30)
	private SectionKey key;

	@Column(length = TEXT_MAX)
	private String body;

	@Column(length = TEXT_MAX)
	private String generated;

	/**
	 * The table whole (V140: 10,000,000 characters on PostgreSQL, 1,000,000 on H2, whose longer VARCHAR Hibernate
	 * would validate as a CLOB): a province's ranking lists every unit, which the DOCX and the XLSX print.
	 */
	@Column(name = "table_data", length = 1_000_000)
	private String tableData;

	@Column(nullable = false)
	private boolean edited;

	@Column(name = "data_changed", nullable = false)
	private boolean dataChanged;

	protected SummarySection() {
	}

	SummarySection(SummaryReport report, SectionKey key) {
		this.report = report;
		this.key = key;
	}

	/**
	 * Takes the figures of data: the table always (figures are data), the text unless the office edited it and does
	 * not ask to overwrite it; an edited text whose data changed is flagged.
	 */
	void refresh(SectionContent content, boolean overwriteEdited) {
		String text = cut(content.text());
		tableData = content.table() == null ? null : content.table().encode();
		if (!edited || overwriteEdited) {
			body = text;
			edited = false;
			dataChanged = false;
		}
		else if (!Objects.equals(generated, text)) {
			dataChanged = true;
		}
		generated = text;
	}

	/** The office's text; the section counts as edited unless the text is what data would write. */
	void write(String text) {
		body = text == null ? "" : text.strip();
		edited = key.fromData() ? !body.equals(generated) : !body.isEmpty();
		dataChanged = false;
	}

	private static String cut(String text) {
		return text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) : text;
	}

	public SectionKey getKey() {
		return key;
	}

	public String getBody() {
		return body;
	}

	public String getGenerated() {
		return generated;
	}

	public String getTableData() {
		return tableData;
	}

	public boolean isEdited() {
		return edited;
	}

	public boolean isDataChanged() {
		return dataChanged;
	}
}
