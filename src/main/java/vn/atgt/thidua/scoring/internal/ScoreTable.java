package vn.atgt.thidua.scoring.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.scoring.CriterionCommand;
import vn.atgt.thidua.scoring.CriterionRules;
import vn.atgt.thidua.scoring.CriterionView;
import vn.atgt.thidua.scoring.InvalidScoreException;
import vn.atgt.thidua.scoring.ScoreNumbering;
import vn.atgt.thidua.scoring.ScoreTableView;
import vn.atgt.thidua.scoring.TableSettings;

/**
 * A campaign's score table and the rules of changing it: its lines keep the document's order and get their depth from
 * their numbering after every change; a line, an exclusion condition or a grade is refused when it breaks
 * {@link CriterionRules}; and nothing changes once the table is locked (a unit has submitted its self-score on it, so
 * changing the table would change what the unit signed). Whether the maxima add up to the total is not a rule of a
 * change (the office builds the table line by line) but of its use: {@link ScoreTableView#problems()}.
 */
@Entity
@Table(name = "score_tables")
public class ScoreTable extends vn.atgt.thidua.common.persistence.AuditedEntity {

	public static final int TITLE_MAX = 300;
	public static final int GRADE_MAX = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private Long campaignId;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(name = "total_points", nullable = false, precision = 8, scale = 2)
	private BigDecimal totalPoints;

	@Column(name = "pass_mark", nullable = false, precision = 8, scale = 2)
	private BigDecimal passMark;

	@Column(name = "bonus_cap", nullable = false, precision = 8, scale = 2)
	private BigDecimal bonusCap;

	@Column(name = "deduction_cap", precision = 8, scale = 2)
	private BigDecimal deductionCap;

	@Column(nullable = false)
	private boolean sample;

	@Column(nullable = false)
	private boolean locked;

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ScoreCriterion> criteria = new ArrayList<>();

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ScoreExclusion> exclusions = new ArrayList<>();

	@OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("minPoints DESC")
	private List<ScoreGrade> grades = new ArrayList<>();

	protected ScoreTable() {
	}

	public ScoreTable(Long campaignId, TableSettings settings) {
		this.campaignId = Objects.requireNonNull(campaignId);
		configure(settings);
	}

	// --- the figures ------------------------------------------------------------------------------------------------

	/** Sets the title and figures; the caller has checked them ({@link #check(TableSettings)}). */
	public void configure(TableSettings s) {
		requireEditable();
		List<FieldException> problems = check(s);
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		this.title = s.title().strip();
		this.totalPoints = s.totalPoints();
		this.passMark = s.passMark();
		this.bonusCap = s.bonusCap() == null ? BigDecimal.ZERO : s.bonusCap();
		this.deductionCap = s.deductionCap();
	}

	/** The rules of the figures: a title; a total above 0; pass mark and caps not negative. */
	public static List<FieldException> check(TableSettings s) {
		List<FieldException> problems = new ArrayList<>();
		if (s.title() == null || s.title().isBlank()) {
			problems.add(new FieldException("title", "scoring.table.titleRequired"));
		}
		else if (s.title().strip().length() > TITLE_MAX) {
			problems.add(new FieldException("title", "scoring.tooLong", TITLE_MAX));
		}
		if (s.totalPoints() == null) {
			problems.add(new FieldException("totalPoints", "scoring.table.totalRequired"));
		}
		else if (s.totalPoints().signum() <= 0) {
			problems.add(new FieldException("totalPoints", "scoring.table.totalPositive"));
		}
		CriterionRules.points(problems, "totalPoints", s.totalPoints());
		if (s.passMark() == null) {
			problems.add(new FieldException("passMark", "scoring.table.passMarkRequired"));
		}
		CriterionRules.points(problems, "passMark", s.passMark());
		CriterionRules.points(problems, "bonusCap", s.bonusCap());
		CriterionRules.points(problems, "deductionCap", s.deductionCap());
		return problems;
	}

	public void markSample() {
		this.sample = true;
	}

	/** A unit has submitted on this table: from now on it does not change. */
	public void lock() {
		this.locked = true;
	}

	public void requireEditable() {
		if (locked) {
			throw new DomainException("scoring.table.locked");
		}
	}

	// --- lines ------------------------------------------------------------------------------------------------------

	public void addCriterion(CriterionCommand command) {
		requireEditable();
		checked(command);
		ScoreCriterion line = new ScoreCriterion(this, command);
		int at = command.position() == null ? criteria.size() : Math.min(command.position() - 1, criteria.size());
		criteria.add(at, line);
		layout();
	}

	public void updateCriterion(Long criterionId, CriterionCommand command) {
		requireEditable();
		checked(command);
		ScoreCriterion line = criterion(criterionId);
		line.apply(command);
		if (command.position() != null) {
			criteria.remove(line);
			criteria.add(Math.min(command.position() - 1, criteria.size()), line);
		}
		layout();
	}

	public void removeCriterion(Long criterionId) {
		requireEditable();
		criteria.remove(criterion(criterionId));
		layout();
	}

	/** Replaces every line by those of an imported sheet, in its order. */
	public void replaceCriteria(List<CriterionCommand> commands) {
		requireEditable();
		commands.forEach(ScoreTable::checked);
		criteria.clear();
		commands.forEach(c -> criteria.add(new ScoreCriterion(this, c)));
		layout();
	}

	public ScoreCriterion criterion(Long criterionId) {
		return criteria.stream().filter(c -> c.getId() != null && c.getId().equals(criterionId)).findFirst()
			.orElseThrow(() -> new NotFoundException("criterion", criterionId));
	}

	public List<Long> criterionIds() {
		return criteria.stream().map(ScoreCriterion::getId).toList();
	}

	private static void checked(CriterionCommand command) {
		List<FieldException> problems = CriterionRules.check(command);
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
	}

	/** Positions 1, 2, 3… in list order, and the depth each line's numbering gives it among the others. */
	private void layout() {
		List<Integer> depths = ScoreNumbering.depths(criteria.stream().map(ScoreCriterion::getNumber).toList());
		for (int i = 0; i < criteria.size(); i++) {
			criteria.get(i).place(i + 1, depths.get(i));
		}
	}

	// --- exclusions and grades --------------------------------------------------------------------------------------

	public void addExclusion(String text) {
		requireEditable();
		if (text == null || text.isBlank()) {
			throw new FieldException("text", "scoring.exclusion.textRequired");
		}
		if (text.strip().length() > CriterionRules.TEXT_MAX) {
			throw new FieldException("text", "scoring.tooLong", CriterionRules.TEXT_MAX);
		}
		int position = exclusions.stream().mapToInt(e -> e.view().position()).max().orElse(0) + 1;
		exclusions.add(new ScoreExclusion(this, position, text.strip()));
	}

	public void removeExclusion(Long exclusionId) {
		requireEditable();
		if (!exclusions.removeIf(e -> e.getId().equals(exclusionId))) {
			throw new NotFoundException("exclusion", exclusionId);
		}
	}

	public void addGrade(String name, BigDecimal minPoints) {
		requireEditable();
		List<FieldException> problems = new ArrayList<>();
		if (name == null || name.isBlank()) {
			problems.add(new FieldException("name", "scoring.grade.nameRequired"));
		}
		else if (name.strip().length() > GRADE_MAX) {
			problems.add(new FieldException("name", "scoring.tooLong", GRADE_MAX));
		}
		else if (grades.stream().anyMatch(g -> g.getName().equalsIgnoreCase(name.strip()))) {
			problems.add(new FieldException("name", "scoring.grade.duplicate"));
		}
		if (minPoints == null) {
			problems.add(new FieldException("minPoints", "scoring.grade.minRequired"));
		}
		else if (grades.stream().anyMatch(g -> g.getMinPoints().compareTo(minPoints) == 0)) {
			problems.add(new FieldException("minPoints", "scoring.grade.sameThreshold"));
		}
		CriterionRules.points(problems, "minPoints", minPoints);
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		grades.add(new ScoreGrade(this, name.strip(), minPoints));
	}

	public void removeGrade(Long gradeId) {
		requireEditable();
		if (!grades.removeIf(g -> g.getId().equals(gradeId))) {
			throw new NotFoundException("grade", gradeId);
		}
	}

	// --- reading ----------------------------------------------------------------------------------------------------

	public ScoreTableView view() {
		List<Boolean> leaves = ScoreNumbering.leaves(criteria.stream().map(c -> c.view(true).depth()).toList());
		List<CriterionView> lines = new ArrayList<>();
		for (int i = 0; i < criteria.size(); i++) {
			lines.add(criteria.get(i).view(leaves.get(i)));
		}
		return new ScoreTableView(id, campaignId, title, totalPoints, passMark, bonusCap, deductionCap, sample, locked,
				getVersion(), lines, exclusions.stream().map(ScoreExclusion::view).toList(),
				grades.stream().map(ScoreGrade::view).toList());
	}

	public Long getId() {
		return id;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public boolean isLocked() {
		return locked;
	}
}
