package vn.atgt.thidua.accident;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.accident.internal.AccidentRuleRepository;
import vn.atgt.thidua.accident.internal.RulePurpose;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.unit.AreaService;
import vn.atgt.thidua.unit.AreaWithChildren;
import vn.atgt.thidua.unit.CommitteeService;
import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The months a campaign's figures are kept in, shared by the door, the page reads and the import: the campaign's
 * {@link AccidentContext} (read from the campaign and unit modules) and the dated classification rules of a month.
 */
@Component
class AccidentMonths {

	private final CampaignService campaigns;
	private final CommitteeService committees;
	private final AreaService areas;
	private final AccidentRuleRepository rules;

	AccidentMonths(CampaignService campaigns, CommitteeService committees, AreaService areas,
			AccidentRuleRepository rules) {
		this.campaigns = campaigns;
		this.committees = committees;
		this.areas = areas;
		this.rules = rules;
	}

	/**
	 * The campaign, its committee's area and that area's communes/town of every period, and its accident months.
	 * @throws NotFoundException when there is no such campaign (or its committee is gone)
	 */
	AccidentContext context(Long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		Long rootAreaId = committees.summary(campaign.committeeId())
			.map(CommitteeSummary::areaId)
			.orElseThrow(() -> new NotFoundException("committee", campaign.committeeId()));
		AreaWithChildren area = areas.withChildren(rootAreaId, null);
		return new AccidentContext(campaign, area.area(), area.children(),
				AccidentPeriod.monthsOf(campaign.startDate(), campaign.endDate(), campaign.accidentConvention()));
	}

	/**
	 * The classification rule a month's new sheet keeps: the latest one in force on the month's last day.
	 * @throws DomainException {@code accident.rule.none} when the catalogue has none
	 */
	AccidentRuleView rule(AccidentPeriod period) {
		List<AccidentRuleView> inForce = rules.inForce(RulePurpose.CLASSIFICATION, period.lastDay(), period.lastDay());
		if (inForce.isEmpty()) {
			throw new DomainException("accident.rule.none");
		}
		return inForce.get(inForce.size() - 1);
	}

	/** Every classification rule in force on some day of the month, oldest first (the page names them all). */
	List<AccidentRuleView> rulesDuring(AccidentPeriod period) {
		return rules.inForce(RulePurpose.CLASSIFICATION, period.firstDay(), period.lastDay());
	}

	/** A rule of the catalogue by its id. */
	AccidentRuleView ruleView(Long ruleId) {
		return rules.view(ruleId);
	}
}
