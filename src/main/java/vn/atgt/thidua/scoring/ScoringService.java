package vn.atgt.thidua.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.scoring.internal.ScoreTable;
import vn.atgt.thidua.scoring.internal.ScoreTableRepository;
import vn.atgt.thidua.scoring.internal.UnitScore;
import vn.atgt.thidua.scoring.internal.UnitScoreRepository;

/**
 * The door of units' scores: a unit starts its self-score on the campaign's table, its officers and head write it
 * (points per criterion with an explanation and the evidence), the head submits it, which locks the table; the
 * standing office reviews it (a reviewed value with its reason wherever it differs from the unit's), returns it with a
 * reason or accepts it, reopens an accepted one, and records an exclusion condition as met. Every step asks
 * {@link ScoringAccess} first, checks the version the page showed, is dated by the application clock and kept in the
 * score's history; submissions, returns and acceptances publish {@link ScoreSubmitted}, {@link ScoreReturned} and
 * {@link ScoreAccepted}.
 */
@Service
@Transactional(readOnly = true)
public class ScoringService {

	private final UnitScoreRepository scores;
	private final ScoreTableRepository tables;
	private final ScoringAccess access;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ScoringService(UnitScoreRepository scores, ScoreTableRepository tables, ScoringAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.scores = scores;
		this.tables = tables;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the self-score of the user's unit: the existing one, or a new draft.
	 * @throws DomainException {@code scoring.table.missing} when the campaign has no score table yet
	 */
	@Transactional
	public Long start(CurrentUser user, Long campaignId) {
		access.requireStarter(user, campaignId);
		var existing = scores.idOf(campaignId, user.unitId());
		if (existing.isPresent()) {
			return existing.get();
		}
		if (tables.idOf(campaignId).isEmpty()) {
			throw new DomainException("scoring.table.missing");
		}
		try {
			return scores.saveAndFlush(new UnitScore(campaignId, user.unitId(), actor(user))).getId();
		}
		catch (DataIntegrityViolationException e) {
			// someone of the unit started it at the same moment: the next try finds it
			throw new StaleDataException();
		}
	}

	/**
	 * Saves the unit's self-score as a draft (it may be incomplete).
	 * @throws InvalidScoreException for points over a maximum, negative, not a number, a deduction over its cap
	 */
	@Transactional
	public void save(CurrentUser user, Long scoreId, long version, ScoreInput input) {
		ScoreScope scope = scope(scoreId);
		access.requireEditable(user, scope);
		UnitScore score = scores.forChange(scoreId, version);
		score.write(ScoreRules.read(table(scope.campaignId()), input, false));
	}

	/**
	 * The unit's head saves what is on the page and submits: every criterion needs its points. The table is locked
	 * from now on. Nothing is written when it is refused.
	 */
	@Transactional
	public void submit(CurrentUser user, Long scoreId, long version, ScoreInput input) {
		ScoreScope scope = scope(scoreId);
		access.requireSender(user, scope);
		ScoreTableView table = table(scope.campaignId());
		if (!table.problems().isEmpty()) {
			throw new DomainException("scoring.table.notReady");
		}
		UnitScore score = scores.forChange(scoreId, version);
		score.write(ScoreRules.read(table, input, true));
		score.submit(actor(user));
		tables.findByCampaignId(scope.campaignId()).ifPresent(ScoreTable::lock);
		events.publishEvent(new ScoreSubmitted(scope.campaignId(), scope.unitId(), scoreId, user.username()));
	}

	/**
	 * The office keeps its reviewed values: each within the rules of its criterion, and with a reason wherever it
	 * differs from the unit's value.
	 */
	@Transactional
	public void review(CurrentUser user, Long scoreId, long version, ScoreInput input) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		UnitScore score = scores.forChange(scoreId, version);
		Map<Long, ScoreRules.Line> reviewed = ScoreRules.read(table(scope.campaignId()), input, false);
		ScoreView view = score.view(false);
		List<FieldException> problems = new ArrayList<>();
		reviewed.forEach((criterionId, line) -> {
			LineView own = view.line(criterionId);
			boolean differs = line.value() != null
					&& (own == null || own.selfPoints() == null || own.selfPoints().compareTo(line.value()) != 0);
			if (differs && line.comment() == null) {
				problems.add(new FieldException("comments[" + criterionId + "]", "scoring.review.reasonRequired"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		score.review(reviewed, actor(user));
	}

	@Transactional
	public void returnForChanges(CurrentUser user, Long scoreId, long version, String reason) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		scores.forChange(scoreId, version).returnForChanges(reason, actor(user));
		events.publishEvent(new ScoreReturned(scope.campaignId(), scope.unitId(), scoreId, user.username()));
	}

	@Transactional
	public void accept(CurrentUser user, Long scoreId, long version) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		scores.forChange(scoreId, version).accept(actor(user));
		events.publishEvent(new ScoreAccepted(scope.campaignId(), scope.unitId(), scoreId, user.username()));
	}

	@Transactional
	public void reopen(CurrentUser user, Long scoreId, long version, String reason) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		scores.forChange(scoreId, version).reopen(reason, actor(user));
	}

	/**
	 * A leader confirms the accepted score as the official result, with the council's meeting date and minutes: final
	 * points per criterion (within the rules of the criterion; the reviewed value where none is given), with a reason
	 * wherever one differs from the reviewed value. Nothing is written when it is refused.
	 */
	@Transactional
	public void confirmFinal(CurrentUser user, Long scoreId, long version, LocalDate meetingDate, String minutes,
			ScoreInput input) {
		ScoreScope scope = scope(scoreId);
		access.requireLeader(user, scope);
		UnitScore score = scores.forChange(scoreId, version);
		Map<Long, ScoreRules.Line> finals = ScoreRules.read(table(scope.campaignId()), input, false);
		ScoreView view = score.view(false);
		List<FieldException> problems = new ArrayList<>();
		finals.forEach((criterionId, line) -> {
			LineView own = view.line(criterionId);
			boolean differs = line.value() != null
					&& (own == null || own.counted() == null || own.counted().compareTo(line.value()) != 0);
			if (differs && line.comment() == null) {
				problems.add(new FieldException("comments[" + criterionId + "]", "scoring.final.reasonRequired"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidScoreException(problems);
		}
		score.confirm(finals, meetingDate, minutes, LocalDate.now(clock), actor(user));
	}

	/** A leader reopens a final score with a reason: it is accepted (as reviewed) again. */
	@Transactional
	public void reopenFinal(CurrentUser user, Long scoreId, long version, String reason) {
		ScoreScope scope = scope(scoreId);
		access.requireLeader(user, scope);
		scores.forChange(scoreId, version).reopenFinal(reason, actor(user));
	}

	/**
	 * Records an exclusion condition of the table as met by the unit, with what shows it: the unit leaves the ranking.
	 * @throws FieldException {@code exclusionId} when it is not a condition of the campaign's table
	 */
	@Transactional
	public void exclude(CurrentUser user, Long scoreId, long version, Long exclusionId, String note) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		if (exclusionId == null || table(scope.campaignId()).exclusion(exclusionId).isEmpty()) {
			throw new FieldException("exclusionId", "scoring.exclusion.choose");
		}
		scores.forChange(scoreId, version).exclude(exclusionId, note, actor(user));
	}

	@Transactional
	public void include(CurrentUser user, Long scoreId, long version, String reason) {
		ScoreScope scope = scope(scoreId);
		access.requireOffice(user, scope);
		scores.forChange(scoreId, version).include(reason, actor(user));
	}

	// --- helpers ----------------------------------------------------------------------------------------------------

	ScoreScope scope(Long scoreId) {
		return scores.scope(scoreId).orElseThrow(() -> new NotFoundException("score", scoreId));
	}

	private ScoreTableView table(Long campaignId) {
		return tables.findByCampaignId(campaignId).map(ScoreTable::view)
			.orElseThrow(() -> new NotFoundException("score table of campaign", campaignId));
	}

	private Actor actor(CurrentUser user) {
		return Actor.of(user, clock.instant());
	}
}
