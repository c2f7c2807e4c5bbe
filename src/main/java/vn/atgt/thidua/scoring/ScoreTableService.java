package vn.atgt.thidua.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.internal.ScoreTable;
import vn.atgt.thidua.scoring.internal.ScoreTableRepository;
import vn.atgt.thidua.scoring.internal.UnitScoreRepository;

/**
 * The door of the score table: the standing office creates a campaign's table and changes its figures, lines,
 * exclusion conditions and grades (each change checked by the table against the version the office's page showed);
 * other modules read it with {@link #table(Long)}. Every command asks {@link ScoringAccess} first and is refused once
 * a unit has submitted on the table. Removing a line also removes the draft self-scores typed on it.
 */
@Service
@Transactional(readOnly = true)
public class ScoreTableService {

	private final ScoreTableRepository tables;
	private final UnitScoreRepository scores;
	private final ScoringAccess access;
	private final CampaignService campaigns;

	ScoreTableService(ScoreTableRepository tables, UnitScoreRepository scores, ScoringAccess access,
			CampaignService campaigns) {
		this.tables = tables;
		this.scores = scores;
		this.access = access;
		this.campaigns = campaigns;
	}

	/** The campaign's score table, if it has one. */
	public Optional<ScoreTableView> table(Long campaignId) {
		return tables.findByCampaignId(campaignId).map(ScoreTable::view);
	}

	/**
	 * Creates the campaign's table.
	 * @throws DomainException {@code scoring.table.exists} when it has one
	 * @throws InvalidScoreException for figures that break the table's rules
	 */
	@Transactional
	public Long create(CurrentUser user, Long campaignId, TableSettings settings) {
		access.requireTableEditor(user, campaignId);
		if (tables.idOf(campaignId).isPresent()) {
			throw new DomainException("scoring.table.exists");
		}
		return tables.save(new ScoreTable(campaignId, settings)).getId();
	}

	/**
	 * Starts the campaign's table from an earlier campaign's: its figures, lines, exclusion conditions and grades
	 * (not its scores); the copy is the office's to change and is not a sample.
	 * @throws DomainException {@code scoring.table.exists} when the campaign has a table, {@code scoring.copy.noSource}
	 *         when the other campaign has none
	 */
	@Transactional
	public Long copyFrom(CurrentUser user, Long campaignId, Long sourceCampaignId) {
		access.requireTableEditor(user, campaignId);
		access.requireCampaignReadable(user, sourceCampaignId);
		if (tables.idOf(campaignId).isPresent()) {
			throw new DomainException("scoring.table.exists");
		}
		ScoreTableView source = table(sourceCampaignId).orElseThrow(() -> new DomainException("scoring.copy.noSource"));
		ScoreTable copy = new ScoreTable(campaignId, new TableSettings(source.title(), source.totalPoints(),
				source.passMark(), source.bonusCap(), source.deductionCap()));
		// a line suggested by a task area's targets keeps it when this campaign has a task area of the same number
		Map<Long, Long> sameArea = sameTaskAreas(sourceCampaignId, campaignId);
		copy.replaceCriteria(source.criteria().stream().map(c -> {
			Long area = c.taskAreaId() == null ? null : sameArea.get(c.taskAreaId());
			SuggestionRule rule = c.rule() == SuggestionRule.TARGETS && area == null ? null : c.rule();
			return new CriterionCommand(c.number(), c.text(), c.kind(), c.maxPoints(), c.pointsPerOccurrence(),
					c.guidance(), c.evidenceExpected(), null, rule, area);
		}).toList());
		source.exclusions().forEach(e -> copy.addExclusion(e.text()));
		source.grades().forEach(g -> copy.addGrade(g.name(), g.minPoints()));
		return tables.save(copy).getId();
	}

	/** Marks the campaign's table as a sample (the demo's), shown so on every page. */
	@Transactional
	public void markSample(CurrentUser user, Long campaignId) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId).orElseThrow(() -> new NotFoundException("score table of campaign", campaignId))
			.markSample();
	}

	@Transactional
	public void configure(CurrentUser user, Long campaignId, long version, TableSettings settings) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId, version).configure(settings);
	}

	@Transactional
	public void addCriterion(CurrentUser user, Long campaignId, long version, CriterionCommand command) {
		access.requireTableEditor(user, campaignId);
		requireTaskArea(campaignId, command);
		tables.forChange(campaignId, version).addCriterion(command);
	}

	@Transactional
	public void updateCriterion(CurrentUser user, Long campaignId, Long criterionId, long version,
			CriterionCommand command) {
		access.requireTableEditor(user, campaignId);
		requireTaskArea(campaignId, command);
		tables.forChange(campaignId, version).updateCriterion(criterionId, command);
	}

	@Transactional
	public void removeCriterion(CurrentUser user, Long campaignId, Long criterionId, long version) {
		access.requireTableEditor(user, campaignId);
		ScoreTable table = existing(campaignId);
		StaleDataException.check(table, version);
		table.requireEditable();
		table.criterion(criterionId);
		scores.deleteLinesOf(List.of(criterionId));
		tables.forChange(campaignId, version).removeCriterion(criterionId);
	}

	/** Replaces every line of the table, in order (an imported sheet): all or nothing. */
	@Transactional
	public void replaceCriteria(CurrentUser user, Long campaignId, List<CriterionCommand> commands) {
		access.requireTableEditor(user, campaignId);
		ScoreTable table = existing(campaignId);
		table.requireEditable();
		List<Long> old = table.criterionIds();
		if (!old.isEmpty()) {
			scores.deleteLinesOf(old);
		}
		tables.forChange(campaignId).orElseThrow().replaceCriteria(commands);
	}

	@Transactional
	public void addExclusion(CurrentUser user, Long campaignId, long version, String text) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId, version).addExclusion(text);
	}

	@Transactional
	public void removeExclusion(CurrentUser user, Long campaignId, Long exclusionId, long version) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId, version).removeExclusion(exclusionId);
	}

	@Transactional
	public void addGrade(CurrentUser user, Long campaignId, long version, String name, BigDecimal minPoints) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId, version).addGrade(name, minPoints);
	}

	@Transactional
	public void removeGrade(CurrentUser user, Long campaignId, Long gradeId, long version) {
		access.requireTableEditor(user, campaignId);
		tables.forChange(campaignId, version).removeGrade(gradeId);
	}

	/** A line's task area must be one of its campaign's. */
	private void requireTaskArea(Long campaignId, CriterionCommand command) {
		if (command.rule() == SuggestionRule.TARGETS && command.taskAreaId() != null && campaigns
			.taskAreas(campaignId).stream().noneMatch(a -> a.id().equals(command.taskAreaId()))) {
			throw new FieldException("taskAreaId", "scoring.rule.taskAreaRequired");
		}
	}

	/** The task areas of one campaign by the id of the other's task area of the same number. */
	private Map<Long, Long> sameTaskAreas(Long fromCampaignId, Long toCampaignId) {
		Map<Integer, Long> byNumber = new HashMap<>();
		campaigns.taskAreas(toCampaignId).forEach(a -> byNumber.put(a.number(), a.id()));
		Map<Long, Long> same = new HashMap<>();
		campaigns.taskAreas(fromCampaignId).forEach(a -> {
			if (byNumber.containsKey(a.number())) {
				same.put(a.id(), byNumber.get(a.number()));
			}
		});
		return same;
	}

	private ScoreTable existing(Long campaignId) {
		return tables.findByCampaignId(campaignId)
			.orElseThrow(() -> new NotFoundException("score table of campaign", campaignId));
	}
}
