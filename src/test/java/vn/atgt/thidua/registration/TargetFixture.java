package vn.atgt.thidua.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.AccidentPeriodConvention;
import vn.atgt.thidua.campaign.CampaignCommand;
import vn.atgt.thidua.campaign.CampaignGoals;
import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.TaskAreaService;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.common.security.Role;
import vn.atgt.thidua.support.TestUnits;
import vn.atgt.thidua.support.TestUsers;
import vn.atgt.thidua.unit.UnitCommand;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.unit.UnitService;
import vn.atgt.thidua.unit.UnitSummary;

/**
 * Test data of the target module, built through the public services as the users would: a committee with four member
 * units and a running campaign with the seed plan's six task areas ({@code fixture.movement()}), the units' officers
 * and heads, suggested indicators, and registrations in any state
 * ({@code fixture.registration(m, m.banBo()).with(sessions(12)).submitted()}).
 */
@Component
class TargetFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final CampaignService campaigns;
	final TaskAreaService taskAreas;
	final RegistrationService targets;
	final RegistrationQueries queries;
	final TargetSetupService setup;
	final TargetImportService imports;
	final UnitService units;
	final TestUnits testUnits;
	final TestUsers users;

	TargetFixture(CampaignService campaigns, TaskAreaService taskAreas, RegistrationService targets,
			RegistrationQueries queries, TargetSetupService setup, TargetImportService imports, UnitService units,
			TestUnits testUnits, TestUsers users) {
		this.campaigns = campaigns;
		this.taskAreas = taskAreas;
		this.targets = targets;
		this.queries = queries;
		this.setup = setup;
		this.imports = imports;
		this.units = units;
		this.testUnits = testUnits;
		this.users = users;
	}

	static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000) + "-" + SEQUENCE.incrementAndGet();
	}

	/** A running campaign with six task areas and four participating units, each with an officer and a head. */
	record Movement(Long campaignId, List<TaskAreaView> areas, UnitSummary police, UnitSummary education,
			UnitSummary banBo, UnitSummary binhLu, CurrentUser office) {

		Long area(int number) {
			return areas.get(number - 1).id();
		}

		String page() {
			return "/campaigns/" + campaignId + "/targets";
		}

		String unitPage(UnitSummary unit) {
			return page() + "/units/" + unit.id();
		}
	}

	Movement movement() {
		return movement(true);
	}

	Movement movement(boolean active) {
		String name = unique("Huyện chỉ tiêu ");
		Long committee = testUnits.committee(name);
		UnitSummary police = unit("Công an huyện " + name, UnitKind.AGENCY, committee);
		UnitSummary education = unit("Phòng Giáo dục và Đào tạo " + name, UnitKind.AGENCY, committee);
		UnitSummary banBo = unit("UBND xã Bản Bo " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		UnitSummary binhLu = unit("UBND xã Bình Lư " + name, UnitKind.COMMUNE_COMMITTEE, committee);
		Long id = campaigns.create(TestUsers.STANDING_OFFICE, committee,
				new CampaignCommand(unique("KH-"), LocalDate.of(2024, 6, 21), null,
				"Phong trào thi đua bảo đảm TTATGT năm 2024 " + name, null, null, null, LocalDate.of(2024, 6, 21),
				LocalDate.of(2024, 12, 31), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14));
		taskAreas.addSeedPlanTaskAreas(TestUsers.STANDING_OFFICE, id);
		if (active) {
			campaigns.activate(TestUsers.STANDING_OFFICE, id);
		}
		return new Movement(id, campaigns.taskAreas(id), police, education, banBo, binhLu, users.office());
	}

	private UnitSummary unit(String name, UnitKind kind, Long committee) {
		String code = "T" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
		Long id = units.create(new UnitCommand(code, name, null, kind, null, committee,
				code.toLowerCase(Locale.ROOT) + "@example.vn", null, false));
		return units.find(id).orElseThrow();
	}

	CurrentUser officer(UnitSummary unit) {
		return users.create("cbchitieu", unit.id(), Role.UNIT_OFFICER);
	}

	CurrentUser head(UnitSummary unit) {
		return users.create("ldchitieu", unit.id(), Role.UNIT_HEAD);
	}

	Long suggest(Movement m, int area, String name, String unitOfMeasure, TargetDirection direction) {
		return setup.addSuggestion(m.office(), m.campaignId(),
				new SuggestedIndicatorCommand(m.area(area), name, unitOfMeasure, direction, null));
	}

	static TargetCommand quantitative(Long taskAreaId, String name, String unitOfMeasure, long target) {
		return new TargetCommand(taskAreaId, TargetKind.QUANTITATIVE, null, name, unitOfMeasure,
				TargetDirection.AT_LEAST, null, BigDecimal.valueOf(target), null, null, null);
	}

	static TargetCommand picked(Long suggestionId, long target) {
		return new TargetCommand(null, TargetKind.QUANTITATIVE, suggestionId, null, null, null, null,
				BigDecimal.valueOf(target), null, null, null);
	}

	static TargetCommand milestone(Long taskAreaId, String name, LocalDate due) {
		return new TargetCommand(taskAreaId, TargetKind.MILESTONE, null, name, null, null, null, null, null, due,
				null);
	}

	RegistrationBuilder registration(Movement m, UnitSummary unit) {
		return new RegistrationBuilder(m, unit);
	}

	/** Builds a unit's registration through the service, as its officer, head and the office would. */
	class RegistrationBuilder {

		private final Movement m;
		private final UnitSummary unit;
		private final CurrentUser officer;
		private final CurrentUser head;

		RegistrationBuilder(Movement m, UnitSummary unit) {
			this.m = m;
			this.unit = unit;
			this.officer = TargetFixture.this.officer(unit);
			this.head = TargetFixture.this.head(unit);
		}

		RegistrationBuilder with(TargetCommand command) {
			targets.addTarget(officer, m.campaignId(), unit.id(), command);
			return this;
		}

		/** Two targets under task area 4 and a milestone under task area 2. */
		RegistrationBuilder withTypicalTargets() {
			return with(quantitative(m.area(4), "Số buổi tuyên truyền", "buổi", 12))
				.with(quantitative(m.area(4), "Số lượt người được tuyên truyền", "lượt người", 1500))
				.with(milestone(m.area(2), "Ra mắt mô hình cổng trường an toàn giao thông", LocalDate.of(2024, 9, 30)));
		}

		RegistrationView view() {
			return targets.registration(m.office(), m.campaignId(), unit.id());
		}

		RegistrationBuilder submitted() {
			targets.submit(head, m.campaignId(), unit.id(), view().version());
			return this;
		}

		RegistrationBuilder approved() {
			submitted();
			targets.approve(m.office(), m.campaignId(), unit.id(), view().version());
			return this;
		}

		RegistrationBuilder returned(String reason) {
			submitted();
			targets.returnForChanges(m.office(), m.campaignId(), unit.id(), view().version(),
					new ReturnCommand(reason, java.util.Map.of()));
			return this;
		}

		CurrentUser officer() {
			return officer;
		}

		CurrentUser head() {
			return head;
		}
	}
}
