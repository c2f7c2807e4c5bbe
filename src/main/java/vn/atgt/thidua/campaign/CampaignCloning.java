package vn.atgt.thidua.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignPlan;
import vn.atgt.thidua.campaign.internal.CampaignRepository;
import vn.atgt.thidua.campaign.internal.Participant;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.ReportingPeriod;
import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * What cloning a campaign to the next year copies ({@link CampaignService#cloneCampaign}): the new plan, title, theme,
 * dates and baseline year from the command; the committee, goals and accident convention kept; the task areas, the
 * units that still take part and are still active (with their contacts), and the periods moved by the difference of
 * the start years (names and due dates with them). Periods that fall outside the new dates are left out. Nothing else
 * is copied: the legal basis, purpose and requirements belong to the new plan.
 */
@Component
class CampaignCloning {

	private final CampaignRepository campaigns;
	private final UnitService units;

	CampaignCloning(CampaignRepository campaigns, UnitService units) {
		this.campaigns = campaigns;
		this.units = units;
	}

	/** A new draft campaign copied from the source (whose access the caller has checked). */
	CloneResult copy(Campaign source, CloneCommand command, Actor actor) {
		CampaignPlan plan = source.getPlan();
		CampaignCommand details = new CampaignCommand(command.planNumber(), command.planDate(), null, command.title(),
				command.theme(), null, null, command.startDate(), command.endDate(), command.baselineYear(),
				plan.getGoals(), plan.getAccidentConvention());
		Campaign copy = campaigns.save(new Campaign(source.getCommitteeId(), details, actor));
		source.getTaskAreas().forEach(area -> copy.addTaskArea(area.getTitle(), area.getDescription()));
		List<PeriodCalendar.Draft> shifted = shiftedPeriods(source, copy);
		copy.addPeriods(shifted);
		int copiedUnits = copyParticipants(source, copy);
		return new CloneResult(copy.getId(), source.getTaskAreas().size(), shifted.size(),
				source.getPeriods().size() - shifted.size(), copiedUnits, source.getParticipants().size() - copiedUnits);
	}

	/** The source's periods moved by the difference of the start years, those that fall within the copy's dates. */
	private static List<PeriodCalendar.Draft> shiftedPeriods(Campaign source, Campaign copy) {
		int years = copy.getStartDate().getYear() - source.getStartDate().getYear();
		List<PeriodCalendar.Draft> shifted = new ArrayList<>();
		for (ReportingPeriod period : source.getPeriods()) {
			PeriodCalendar.Draft moved = PeriodCalendar.shift(new PeriodCalendar.Draft(period.getCadence(),
					period.getName(), period.getStartDate(), period.getEndDate(), period.getDueDate(),
					period.isBaseline()), years);
			if (moved.baseline() || (!moved.startDate().isBefore(copy.getStartDate())
					&& !moved.endDate().isAfter(copy.getEndDate()))) {
				shifted.add(moved);
			}
		}
		return shifted;
	}

	/** The source's units that still take part and are still active, with their contacts; how many were copied. */
	private int copyParticipants(Campaign source, Campaign copy) {
		Set<Long> activeUnits = units.findAll(source.getParticipants().stream().map(Participant::getUnitId).toList())
			.stream()
			.filter(UnitSummary::active)
			.map(UnitSummary::id)
			.collect(Collectors.toSet());
		int copied = 0;
		for (Participant p : source.getParticipants()) {
			if (p.getLeftOn() == null && activeUnits.contains(p.getUnitId())) {
				Participant added = copy.addParticipant(p.getUnitId());
				copy.updateParticipant(added, p.getContactName(), p.getContactPosition(), p.getContactPhone(),
						p.getContactEmail(), null, null);
				copied++;
			}
		}
		return copied;
	}
}
