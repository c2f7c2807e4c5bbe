package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.CampaignView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.registration.RegistrationService;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.registration.TargetView;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * The organisation of the movement, from the campaign and registration modules' doors: the plan it carries out, when
 * it was launched, how many units registered on time, late or not at all, and the targets approved per task area.
 */
@Component
class OrganisationSection {

	private final CampaignService campaigns;
	private final RegistrationService registrations;
	private final CommitteeService committees;

	OrganisationSection(CampaignService campaigns, RegistrationService registrations, CommitteeService committees) {
		this.campaigns = campaigns;
		this.registrations = registrations;
		this.committees = committees;
	}

	SectionContent draft(SummaryScope scope) {
		CampaignView campaign = scope.campaign();
		List<String> lines = new ArrayList<>();
		lines.add("Thực hiện Kế hoạch số " + campaign.planNumber() + " ngày " + Formats.DATE.format(campaign.planDate())
				+ " của " + committees.get(campaign.committeeId()).name() + " về " + Texts.lowerFirst(campaign.title())
				+ ", phong trào được phát động và triển khai từ ngày " + Formats.DATE.format(campaign.startDate())
				+ " đến ngày " + Formats.DATE.format(campaign.endDate()) + ".");
		List<RegistrationStatusRow> statuses = registrations.registrationStatuses(campaign.id());
		long onTime = statuses.stream().filter(RegistrationStatusRow::onTime).count();
		long late = statuses.stream().filter(r -> r.submitted() && r.late()).count();
		long submitted = statuses.stream().filter(RegistrationStatusRow::submitted).count();
		long missing = statuses.size() - submitted;
		lines.add("Có " + submitted + "/" + statuses.size() + " đơn vị tham gia đăng ký thi đua, trong đó " + onTime
				+ " đơn vị đăng ký đúng hạn, " + late + " đơn vị đăng ký muộn"
				+ (submitted - onTime - late > 0 ? ", " + (submitted - onTime - late) + " đơn vị không có hạn đăng ký" : "")
				+ (missing > 0 ? "; " + missing + " đơn vị chưa đăng ký." : "."));
		List<TargetView> targets = registrations.approvedTargets(campaign.id());
		Map<Long, Integer> count = new HashMap<>();
		Map<Long, Set<Long>> units = new HashMap<>();
		for (TargetView t : targets) {
			count.merge(t.taskAreaId(), 1, Integer::sum);
			units.computeIfAbsent(t.taskAreaId(), k -> new HashSet<>()).add(t.unitId());
		}
		lines.add("Các đơn vị đã được phê duyệt " + targets.size() + " chỉ tiêu thi đua theo các nội dung:");
		List<List<String>> rows = new ArrayList<>();
		for (TaskAreaView area : campaigns.taskAreas(campaign.id())) {
			rows.add(List.of(Integer.toString(area.number()), area.title(),
					Integer.toString(units.getOrDefault(area.id(), Set.of()).size()),
					Integer.toString(count.getOrDefault(area.id(), 0))));
		}
		return new SectionContent(String.join("\n", lines),
				new SectionTable(List.of("STT", "Nội dung thi đua", "Số đơn vị đăng ký", "Số chỉ tiêu"), rows));
	}
}
