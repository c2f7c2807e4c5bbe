package vn.atgt.thidua.campaign;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.TaskArea;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;

/** The standing office sets up a campaign's focus task areas: add, edit, remove, reorder, or start from the seed plan's six. */
@Service
@Transactional(readOnly = true)
public class TaskAreaService {

	private final CampaignRepository campaigns;

	TaskAreaService(CampaignRepository campaigns) {
		this.campaigns = campaigns;
	}

	/** One task area of the campaign (404 when it belongs to another). */
	public TaskAreaView get(Long campaignId, Long taskAreaId) {
		TaskArea area = load(campaignId).taskArea(taskAreaId);
		return new TaskAreaView(area.getId(), area.getNumber(), area.getTitle(), area.getDescription(),
				area.getVersion());
	}

	/**
	 * Adds a task area after the last one.
	 * @return the new task area's id
	 */
	@Transactional
	public Long add(Long campaignId, TaskAreaCommand command) {
		Campaign campaign = load(campaignId);
		TaskArea area = campaign.addTaskArea(command.title(), command.description());
		campaigns.flush();
		return area.getId();
	}

	/**
	 * Adds the six task areas of the seed plan (Kế hoạch 06/KH-BATGT, section II) in the plan's words; only to a
	 * campaign that has none yet, so that they are never added twice.
	 * @return how many were added
	 */
	@Transactional
	public int addSeedPlanTaskAreas(Long campaignId) {
		Campaign campaign = load(campaignId);
		campaign.requireOpen();
		if (!campaign.getTaskAreas().isEmpty()) {
			throw new DomainException("taskArea.seed.notEmpty");
		}
		SeedPlan.TASK_AREAS.forEach(seed -> campaign.addTaskArea(seed.title(), seed.description()));
		return SeedPlan.TASK_AREAS.size();
	}

	/** Changes a task area's title and description. */
	@Transactional
	public void update(Long campaignId, Long taskAreaId, long version, TaskAreaCommand command) {
		Campaign campaign = load(campaignId);
		campaign.requireOpen();
		TaskArea area = campaign.taskArea(taskAreaId);
		StaleDataException.check(area, version);
		campaign.updateTaskArea(area, command.title(), command.description());
	}

	/** Removes a task area; those after it move up a number. */
	@Transactional
	public void remove(Long campaignId, Long taskAreaId) {
		Campaign campaign = load(campaignId);
		campaign.removeTaskArea(campaign.taskArea(taskAreaId));
	}

	/** Moves a task area one place up (step -1) or down (step +1). */
	@Transactional
	public void move(Long campaignId, Long taskAreaId, int step) {
		Campaign campaign = load(campaignId);
		campaign.moveTaskArea(campaign.taskArea(taskAreaId), step);
	}

	private Campaign load(Long id) {
		return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
	}
}
