package vn.atgt.thidua.campaign;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.TaskArea;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The standing office sets up a campaign's focus task areas: add, edit, remove, reorder, or start from the seed plan's
 * six. Every method checks with {@link CampaignAccess} that the user sets the campaign up (403 otherwise) and answers
 * 404 for a task area of another campaign.
 */
@Service
@Transactional(readOnly = true)
public class TaskAreaService {

	private final CampaignRepository campaigns;
	private final CampaignChanges changes;

	TaskAreaService(CampaignRepository campaigns, CampaignChanges changes) {
		this.campaigns = campaigns;
		this.changes = changes;
	}

	/**
	 * One task area of the campaign, for its edit form.
	 * @throws NotFoundException when it belongs to another campaign
	 * @throws AccessDeniedException unless the user sets the campaign up
	 */
	public TaskAreaView get(CurrentUser user, Long campaignId, Long taskAreaId) {
		TaskArea area = changes.load(user, campaignId).taskArea(taskAreaId);
		return new TaskAreaView(area.getId(), area.getNumber(), area.getTitle(), area.getDescription(),
				area.getVersion());
	}

	/**
	 * Adds a task area after the last one.
	 * @return the new task area's id
	 */
	@Transactional
	public Long add(CurrentUser user, Long campaignId, TaskAreaCommand command) {
		TaskArea area = changes.load(user, campaignId).addTaskArea(command.title(), command.description());
		campaigns.flush();
		return area.getId();
	}

	/**
	 * Adds the six task areas of the seed plan (Kế hoạch 06/KH-BATGT, section II) in the plan's words; only to a
	 * campaign that has none yet, so that they are never added twice.
	 * @return how many were added
	 * @throws DomainException {@code taskArea.seed.notEmpty} when the campaign has task areas already
	 */
	@Transactional
	public int addSeedPlanTaskAreas(CurrentUser user, Long campaignId) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.requireOpen();
		if (!campaign.getTaskAreas().isEmpty()) {
			throw new DomainException("taskArea.seed.notEmpty");
		}
		SeedPlan.TASK_AREAS.forEach(seed -> campaign.addTaskArea(seed.title(), seed.description()));
		return SeedPlan.TASK_AREAS.size();
	}

	/**
	 * Changes a task area's title and description.
	 * @throws StaleDataException when someone saved the task area since {@code version} was shown
	 */
	@Transactional
	public void update(CurrentUser user, Long campaignId, Long taskAreaId, long version, TaskAreaCommand command) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.requireOpen();
		TaskArea area = campaign.taskArea(taskAreaId);
		StaleDataException.check(area, version);
		campaign.updateTaskArea(area, command.title(), command.description());
	}

	/**
	 * Removes a task area; those after it move up a number.
	 * @throws DomainException {@code taskArea.removeOnlyInDraft} unless the campaign is a draft
	 */
	@Transactional
	public void remove(CurrentUser user, Long campaignId, Long taskAreaId) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.removeTaskArea(campaign.taskArea(taskAreaId));
	}

	/** Moves a task area one place up (step -1) or down (step +1). */
	@Transactional
	public void move(CurrentUser user, Long campaignId, Long taskAreaId, int step) {
		Campaign campaign = changes.load(user, campaignId);
		campaign.moveTaskArea(campaign.taskArea(taskAreaId), step);
	}
}
