package vn.atgt.thidua.registration;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignStatusVersions;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.registration.internal.RegistrationDeadline;
import vn.atgt.thidua.registration.internal.RegistrationDeadlineRepository;
import vn.atgt.thidua.registration.internal.SuggestedIndicator;
import vn.atgt.thidua.registration.internal.SuggestedIndicatorRepository;
import vn.atgt.thidua.registration.internal.TargetRepository;

/**
 * What the standing office sets up for the registration of a campaign: the suggested indicators per task area
 * (chỉ tiêu gợi ý) that units pick, with the sums of the targets registered for them, and the registration deadline.
 * Every change is the standing office's (and administrators'), as {@link RegistrationAccess} decides; a closed campaign
 * refuses every change. The reads are the campaign's set-up, which every page of the module and the demo show.
 */
@Service
@Transactional(readOnly = true)
public class TargetSetupService {

	private final SuggestedIndicatorRepository suggestions;
	private final TargetRepository targets;
	private final RegistrationDeadlineRepository deadlines;
	private final CampaignService campaigns;
	private final CampaignStatusVersions statusVersions;
	private final RegistrationAccess access;

	TargetSetupService(SuggestedIndicatorRepository suggestions, TargetRepository targets,
			RegistrationDeadlineRepository deadlines, CampaignService campaigns, CampaignStatusVersions statusVersions,
			RegistrationAccess access) {
		this.suggestions = suggestions;
		this.statusVersions = statusVersions;
		this.targets = targets;
		this.deadlines = deadlines;
		this.campaigns = campaigns;
		this.access = access;
	}

	/** The campaign's suggested indicators by task area (id) and position, each with how many units picked it. */
	public List<SuggestedIndicatorView> suggestions(Long campaignId) {
		return suggestions.views(campaignId);
	}

	/** One suggested indicator of the campaign (404 when it belongs to another). */
	public SuggestedIndicatorView suggestion(Long campaignId, Long id) {
		return suggestions.view(id)
			.filter(s -> s.campaignId().equals(campaignId))
			.orElseThrow(() -> new NotFoundException("suggested indicator", id));
	}

	/**
	 * Per suggested indicator, how many units registered it and the sum of their target values, over the registrations
	 * sent (waiting or approved) and over the approved ones: one SQL aggregate.
	 */
	public List<SuggestedIndicatorTotal> totals(Long campaignId) {
		return suggestions.totals(campaignId, RegistrationStatus.SUBMITTED, RegistrationStatus.APPROVED);
	}

	/**
	 * Suggests an indicator at the end of its task area.
	 * @return its id
	 * @throws FieldException for a task area of another campaign or a name already suggested in that task area
	 */
	@Transactional
	public Long addSuggestion(CurrentUser user, Long campaignId, SuggestedIndicatorCommand command) {
		access.requireSetUp(user, campaignId);
		check(campaignId, command, null);
		SuggestedIndicator suggestion = new SuggestedIndicator(campaignId,
				suggestions.lastPosition(command.taskAreaId()) + 1, command);
		return suggestions.save(suggestion).getId();
	}

	/**
	 * Changes a suggested indicator; once a unit picked it only its guidance may change.
	 * @throws StaleDataException when someone saved it since {@code version} was shown
	 */
	@Transactional
	public void updateSuggestion(CurrentUser user, Long campaignId, Long id, long version,
			SuggestedIndicatorCommand command) {
		access.requireSetUp(user, campaignId);
		SuggestedIndicator suggestion = load(campaignId, id);
		StaleDataException.check(suggestion, version);
		check(campaignId, command, id);
		suggestion.update(command, targets.countBySuggestedIndicatorId(id) > 0,
				suggestions.lastPosition(command.taskAreaId()) + 1);
	}

	/**
	 * Withdraws a suggested indicator that no unit picked.
	 * @return its name (for the message that confirms it)
	 * @throws DomainException {@code suggestion.inUse} when a unit picked it
	 */
	@Transactional
	public String removeSuggestion(CurrentUser user, Long campaignId, Long id) {
		access.requireSetUp(user, campaignId);
		SuggestedIndicator suggestion = load(campaignId, id);
		campaigns.requireOpen(campaignId);
		if (targets.countBySuggestedIndicatorId(id) > 0) {
			throw new DomainException("suggestion.inUse");
		}
		suggestions.delete(suggestion);
		return suggestion.getName();
	}

	/** The registration deadline with its version (for the form); {@code deadline} null when none is set. */
	public RegistrationDeadlineView deadline(Long campaignId) {
		return deadlines.findById(campaignId)
			.map(d -> new RegistrationDeadlineView(campaignId, d.getDeadline(), d.getVersion()))
			.orElseGet(() -> new RegistrationDeadlineView(campaignId, null, 0));
	}

	/**
	 * Sets the registration deadline of the campaign, or removes it ({@code deadline} null).
	 * @throws StaleDataException when someone changed it since {@code version} was shown
	 */
	@Transactional
	public void setDeadline(CurrentUser user, Long campaignId, LocalDate deadline, long version) {
		access.requireSetUp(user, campaignId);
		campaigns.requireOpen(campaignId);
		statusVersions.raise(campaignId);
		RegistrationDeadline existing = deadlines.findById(campaignId).orElse(null);
		if (existing == null) {
			if (version != 0) {
				throw new StaleDataException();
			}
			if (deadline != null) {
				deadlines.save(new RegistrationDeadline(campaignId, deadline));
			}
			return;
		}
		StaleDataException.check(existing, version);
		if (deadline == null) {
			deadlines.delete(existing);
		}
		else {
			existing.moveTo(deadline);
		}
	}

	private void check(Long campaignId, SuggestedIndicatorCommand command, Long exceptId) {
		campaigns.requireOpen(campaignId);
		if (command.name() == null || command.name().isBlank()) {
			throw new FieldException("name", "suggestion.name.required");
		}
		if (command.unitOfMeasure() == null || command.unitOfMeasure().isBlank()) {
			throw new FieldException("unitOfMeasure", "target.unitOfMeasure.required");
		}
		if (command.direction() == null) {
			throw new FieldException("direction", "target.direction.required");
		}
		if (command.taskAreaId() == null
				|| campaigns.taskAreas(campaignId).stream().noneMatch(a -> a.id().equals(command.taskAreaId()))) {
			throw new FieldException("taskAreaId", "target.taskArea.unknown");
		}
		if (suggestions.nameTaken(command.taskAreaId(), command.name().strip(), exceptId)) {
			throw new FieldException("name", "suggestion.name.taken");
		}
	}

	private SuggestedIndicator load(Long campaignId, Long id) {
		return suggestions.findById(id)
			.filter(s -> s.getCampaignId().equals(campaignId))
			.orElseThrow(() -> new NotFoundException("suggested indicator", id));
	}
}
