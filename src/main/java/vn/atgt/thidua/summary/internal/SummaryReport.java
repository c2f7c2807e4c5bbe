package vn.atgt.thidua.summary.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.AuditedEntity;
import vn.atgt.thidua.summary.SectionContent;
import vn.atgt.thidua.summary.SectionKey;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryStatus;

/**
 * A six-month or year-end report of a campaign and the rules of its life: every section exists from the start; data
 * refreshes the figures and keeps the office's edits (unless it asks otherwise); the office writes any section and
 * picks the highlights; finalising locks it for good, with who and when.
 */
@Entity
@Table(name = "summary_reports")
public class SummaryReport extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private SummaryKind kind;

	@Column(name = "first_period_id", updatable = false)
	private Long firstPeriodId;

	@Column(name = "last_period_id", updatable = false)
	private Long lastPeriodId;

	@Column(name = "from_date", nullable = false, updatable = false)
	private LocalDate fromDate;

	@Column(name = "to_date", nullable = false, updatable = false)
	private LocalDate toDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SummaryStatus status;

	@Column(name = "refreshed_at", nullable = false)
	private Instant refreshedAt;

	@Column(name = "finalised_at")
	private Instant finalisedAt;

	@Column(name = "finalised_by", length = 60)
	private String finalisedBy;

	@Column(name = "finalised_by_name", length = 200)
	private String finalisedByName;

	@Column(name = "docx_kept_id")
	private Long docxKeptId;

	@Column(name = "xlsx_kept_id")
	private Long xlsxKeptId;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<SummarySection> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "summary_highlights", joinColumns = @JoinColumn(name = "report_id"))
	@Column(name = "narrative_id")
	private Set<Long> highlights = new LinkedHashSet<>();

	protected SummaryReport() {
	}

	/**
	 * A new draft with every section, empty until the first {@link #refresh}.
	 * @throws FieldException {@code lastPeriodId} when the range ends before it starts
	 */
	public SummaryReport(Long campaignId, SummaryKind kind, Long firstPeriodId, Long lastPeriodId, LocalDate from,
			LocalDate to, Instant now) {
		if (to.isBefore(from)) {
			throw new FieldException("lastPeriodId", "summary.range.reversed");
		}
		this.campaignId = Objects.requireNonNull(campaignId);
		this.kind = Objects.requireNonNull(kind);
		this.firstPeriodId = firstPeriodId;
		this.lastPeriodId = lastPeriodId;
		this.fromDate = from;
		this.toDate = to;
		this.status = SummaryStatus.DRAFT;
		this.refreshedAt = now;
		for (SectionKey key : SectionKey.values()) {
			sections.add(new SummarySection(this, key));
		}
	}

	/** Fills every data section anew, keeping the office's edited texts unless {@code overwriteEdited}. */
	public void refresh(Map<SectionKey, SectionContent> data, boolean overwriteEdited, Instant now) {
		requireDraft();
		for (SummarySection section : sections) {
			SectionContent content = data.get(section.getKey());
			if (content != null) {
				section.refresh(content, overwriteEdited);
			}
		}
		refreshedAt = now;
	}

	/**
	 * The office's text for a section.
	 * @throws FieldException {@code text} when it is longer than a section keeps
	 */
	public void write(SectionKey key, String text) {
		requireDraft();
		if (text != null && text.strip().length() > SummarySection.TEXT_MAX) {
			throw new FieldException("text", "summary.text.tooLong", SummarySection.TEXT_MAX);
		}
		section(key).write(text);
	}

	/** The narratives quoted as highlights (the caller checks they are the campaign's accepted ones). */
	public void chooseHighlights(Collection<Long> narrativeIds) {
		requireDraft();
		highlights.clear();
		highlights.addAll(narrativeIds);
	}

	/** Locks the report for good, recording who finalised it and when. */
	public void finalise(Actor actor) {
		requireDraft();
		status = SummaryStatus.FINAL;
		finalisedAt = actor.at();
		finalisedBy = actor.username();
		finalisedByName = actor.name();
	}

	/** The finalised report's DOCX and XLSX as kept among the campaign's documents: its downloads from now on. */
	public void keepFiles(Long docx, Long xlsx) {
		if (status != SummaryStatus.FINAL || docxKeptId != null) {
			throw new IllegalStateException("only a report just finalised keeps its files");
		}
		docxKeptId = docx;
		xlsxKeptId = xlsx;
	}

	private void requireDraft() {
		if (status != SummaryStatus.DRAFT) {
			throw new DomainException("summary.final.locked");
		}
	}

	public SummarySection section(SectionKey key) {
		return sections.stream().filter(s -> s.getKey() == key).findFirst().orElseThrow();
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public SummaryKind getKind() {
		return kind;
	}

	public Long getFirstPeriodId() {
		return firstPeriodId;
	}

	public Long getLastPeriodId() {
		return lastPeriodId;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getToDate() {
		return toDate;
	}

	public SummaryStatus getStatus() {
		return status;
	}

	public Instant getRefreshedAt() {
		return refreshedAt;
	}

	public Instant getFinalisedAt() {
		return finalisedAt;
	}

	public String getFinalisedByName() {
		return finalisedByName;
	}

	public Long getDocxKeptId() {
		return docxKeptId;
	}

	public Long getXlsxKeptId() {
		return xlsxKeptId;
	}

	public List<SummarySection> getSections() {
		return List.copyOf(sections);
	}

	public Set<Long> getHighlights() {
		return Set.copyOf(highlights);
	}
}
