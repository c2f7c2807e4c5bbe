package vn.atgt.thidua.submission;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.monitoring.MonitoringFixture;
import vn.atgt.thidua.monitoring.MonitoringFixture.Movement;
import vn.atgt.thidua.summary.SummaryCommand;
import vn.atgt.thidua.summary.SummaryFinalisation;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryService;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.CommitteeService;

/**
 * A province built by hand for sending upward: the province's committee, a commune committee placed under it whose
 * movement ({@link MonitoringFixture}) has a finalised year-end report, a sibling commune under the same province and
 * an unrelated committee, each with its office and leader, and a system administrator.
 */
@Component
public class SubmissionFixture {

	private final MonitoringFixture monitoring;
	private final TestUnits units;
	private final TestUsers users;
	private final CommitteeService committees;
	private final SummaryService summaries;
	private final SummaryFinalisation finalisation;

	SubmissionFixture(MonitoringFixture monitoring, TestUnits units, TestUsers users, CommitteeService committees,
			SummaryService summaries, SummaryFinalisation finalisation) {
		this.monitoring = monitoring;
		this.units = units;
		this.users = users;
		this.committees = committees;
		this.summaries = summaries;
		this.finalisation = finalisation;
	}

	public record Province(Long parentId, Movement child, Long reportId, Long siblingId, CurrentUser parentOffice,
			CurrentUser parentLeader, CurrentUser childOffice, CurrentUser childLeader, CurrentUser childUnitOfficer,
			CurrentUser siblingOffice, CurrentUser strangerOffice, CurrentUser systemAdmin) {

		public Long campaignId() {
			return child.campaignId();
		}

		public String sendPage() {
			return "/campaigns/" + child.campaignId() + "/send-upward";
		}
	}

	public Province province() {
		Movement child = monitoring.movement();
		Long parent = units.committee("Tỉnh " + TestUnits.uniqueCode("P"));
		committees.placeUnder(child.committeeId(), parent);
		Long sibling = units.committee("Xã bên cạnh " + TestUnits.uniqueCode("S"));
		committees.placeUnder(sibling, parent);
		Long stranger = units.committee("Tỉnh khác " + TestUnits.uniqueCode("K"));
		Long report = finalisedYearEndReport(child.campaignId());
		return new Province(parent, child, report, sibling, users.office(parent), users.leader(parent),
				users.office(child.committeeId()), users.leader(child.committeeId()),
				users.createIn("canbo", child.banBo().id(), child.committeeId(), Role.UNIT_OFFICER),
				users.office(sibling), users.office(stranger), users.systemAdmin());
	}

	/** The campaign's year-end report, drafted from its data and finalised (its DOCX and XLSX kept as signed). */
	public Long finalisedYearEndReport(Long campaignId) {
		CurrentUser office = TestUsers.STANDING_OFFICE;
		Long id = summaries.create(office, campaignId, new SummaryCommand(SummaryKind.YEAR_END, null, null));
		finalisation.finalise(office, campaignId, id, summaries.get(office, campaignId, id).version());
		return id;
	}
}
