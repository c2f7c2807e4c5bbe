package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.atgt.thidua.campaign.CampaignFixture.Organisation;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.common.NotFoundException;
import vn.atgt.thidua.common.persistence.StaleDataException;
import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.unit.UnitKind;
import vn.atgt.thidua.support.ThiDuaIntegrationTest;

/** What the modules that come next rely on: {@link CampaignService}'s reads and guards. */
@ThiDuaIntegrationTest
class CampaignServiceTests {

	@Autowired
	CampaignFixture fixture;

	Organisation ban;
	CurrentUser office;

	@BeforeEach
	void setUp() {
		ban = fixture.organisation();
		office = fixture.office();
	}

	static LocalDate d(int day, int month, int year) {
		return LocalDate.of(year, month, day);
	}

	@Test
	void getReturnsEveryFieldOfTheCampaign() {
		Long id = fixture.aCampaign(ban).planNumber("06/KH-BATGT").create();

		CampaignView campaign = fixture.campaigns.get(id);

		assertThat(campaign).isEqualTo(new CampaignView(id, ban.committeeId(), "06/KH-BATGT", d(21, 6, 2024),
				"Quyết định số 58/QĐ-BATGT ngày 19/6/2024 của Ban ATGT tỉnh Lai Châu",
				"Phát động phong trào thi đua bảo đảm trật tự, an toàn giao thông năm 2024 trên địa bàn huyện Tam Đường",
				"Thượng tôn pháp luật để xây dựng văn hóa giao thông an toàn", "Mục đích", "Yêu cầu", d(21, 6, 2024),
				d(31, 12, 2024), 2023, CampaignGoals.all(), AccidentPeriodConvention.POLICE_15_TO_14,
				CampaignStatus.DRAFT, campaign.version()));
		assertThat(campaign.covers(d(21, 6, 2024))).isTrue();
		assertThat(campaign.covers(d(20, 6, 2024))).isFalse();
		assertThatThrownBy(() -> fixture.campaigns.get(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void periodsComeBaselineFirstThenByDateAndCanBeLookedUpById() {
		Long id = fixture.aCampaign(ban).withMonthlyPeriods(7, 8).create();
		fixture.periods.generate(office, id, new PeriodGeneration(Cadence.MONTHLY, d(1, 7, 2023), d(31, 7, 2023), 20, true));

		List<PeriodView> periods = fixture.campaigns.periods(id);

		assertThat(periods).extracting(PeriodView::name).containsExactly("Tháng 7/2023", "Tháng 7/2024",
				"Tháng 8/2024");
		PeriodView july = periods.get(1);
		assertThat(july).isEqualTo(new PeriodView(july.id(), id, Cadence.MONTHLY, "Tháng 7/2024", d(1, 7, 2024),
				d(31, 7, 2024), d(20, 8, 2024), false, july.version()));
		assertThat(fixture.campaigns.period(july.id())).contains(july);
		assertThat(fixture.campaigns.period(Long.MAX_VALUE)).isEmpty();
		assertThat(july.isLateOn(d(20, 8, 2024))).isFalse();
		assertThat(july.isLateOn(d(21, 8, 2024))).isTrue();
	}

	@Test
	void participantsComeAgenciesFirstWithTheirUnitAndContact() {
		Long id = fixture.aCampaign(ban).create();

		List<ParticipantView> units = fixture.campaigns.participants(id);

		assertThat(units).extracting(ParticipantView::unitKind).containsExactly(UnitKind.AGENCY, UnitKind.AGENCY,
				UnitKind.COMMUNE_COMMITTEE, UnitKind.COMMUNE_COMMITTEE);
		assertThat(units).extracting(ParticipantView::unitName).doesNotContain(ban.inactive().name());
		ParticipantView first = units.stream().filter(p -> p.unitId().equals(ban.unit(2).id())).findFirst()
			.orElseThrow();
		assertThat(first.unitShortName()).isEqualTo("Xã Bản Bo");
		assertThat(first.unitLabel()).isEqualTo("Xã Bản Bo");
		assertThat(first.contactEmail()).isEqualTo(ban.unit(2).email());
		assertThat(first.contactPhone()).isEqualTo("0213 3876 111");
		assertThat(fixture.campaigns.isParticipant(id, ban.unit(2).id())).isTrue();
		assertThat(fixture.campaigns.isParticipant(id, ban.inactive().id())).isFalse();
		assertThat(fixture.campaigns.isParticipant(id, null)).isFalse();
	}

	@Test
	void requireActiveAndRequireOpenFollowTheStatus() {
		Long draft = fixture.aCampaign(ban).withTaskAreas(1).create();
		fixture.campaigns.requireOpen(draft);
		assertThatThrownBy(() -> fixture.campaigns.requireActive(draft)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.notActive");

		fixture.campaigns.activate(office, draft);
		fixture.campaigns.requireActive(draft);

		fixture.campaigns.close(office, draft);
		assertThatThrownBy(() -> fixture.campaigns.requireOpen(draft))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.closed");
		assertThatThrownBy(() -> fixture.campaigns.requireOpen(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void listsFilterByStatus() {
		Long active = fixture.aCampaign(ban).withTaskAreas(1).active().create();
		Long draft = fixture.aCampaign(ban).create();

		assertThat(fixture.campaigns.listActive()).extracting(CampaignSummary::id).contains(active)
			.doesNotContain(draft);
		assertThat(fixture.campaigns.list(null)).extracting(CampaignSummary::id).contains(active, draft);
		assertThat(fixture.campaigns.years()).contains(2024);
	}

	@Test
	void aStaleEditIsRefused() {
		Long id = fixture.aCampaign(ban).create();
		long shown = fixture.campaigns.get(id).version();
		fixture.campaigns.update(office, id, shown, CampaignFixture.seedPlan("06/KH-BATGT (sửa 1)"));

		assertThatThrownBy(() -> fixture.campaigns.update(office, id, shown, CampaignFixture.seedPlan("06/KH-BATGT (sửa 2)")))
			.isInstanceOf(StaleDataException.class);
		assertThat(fixture.campaigns.get(id).planNumber()).isEqualTo("06/KH-BATGT (sửa 1)");
	}

	@Test
	void missingMembersAreAddedBackButNotInactiveOnes() {
		Long id = fixture.aCampaign(ban).withoutParticipants().create();

		assertThat(fixture.participants.candidates(office, id)).hasSize(4);
		assertThat(fixture.participants.addMissingMembers(office, id)).isEqualTo(4);
		assertThat(fixture.participants.addMissingMembers(office, id)).isZero();
		assertThatThrownBy(() -> fixture.participants.add(office, id, ban.inactive().id(),
				new ParticipantCommand(null, null, null, null, null, null)))
			.isInstanceOf(FieldException.class);
	}

	@Test
	void aCloneLeavesOutUnitsThatLeftOrStoppedAndPeriodsOutsideTheNewDates() {
		Long id = fixture.aCampaign(ban).withTaskAreas(2).withMonthlyPeriods(7, 12).create();
		ParticipantView leaver = fixture.campaigns.participants(id).get(0);
		fixture.participants.update(office, id, leaver.id(), leaver.version(),
				new ParticipantCommand(null, null, null, null, null, d(30, 9, 2024)));
		fixture.units.setActive(ban.unit(3).id(), false);

		CloneResult result = fixture.campaigns.cloneCampaign(office, id, new CloneCommand("01/KH-BATGT", d(2, 1, 2025),
				"Phong trào năm 2025", null, d(1, 8, 2025), d(31, 12, 2025), 2024));

		assertThat(result.taskAreas()).isEqualTo(2);
		assertThat(result.periods()).isEqualTo(5);
		assertThat(result.periodsLeftOut()).isEqualTo(1);
		assertThat(result.participants()).isEqualTo(2);
		assertThat(result.participantsLeftOut()).isEqualTo(2);
		assertThat(fixture.campaigns.periods(result.campaignId())).extracting(PeriodView::name).first()
			.isEqualTo("Tháng 8/2025");
		assertThat(fixture.campaigns.participants(result.campaignId())).extracting(ParticipantView::unitId)
			.doesNotContain(leaver.unitId(), ban.unit(3).id());
	}

	@Test
	void aCloneMustEndAfterItStarts() {
		Long id = fixture.aCampaign(ban).withTaskAreas(1).create();
		int before = fixture.campaigns.list(null).size();

		assertThatThrownBy(() -> fixture.campaigns.cloneCampaign(office, id, new CloneCommand("01/KH", d(2, 1, 2025), "T",
				null, d(31, 12, 2025), d(1, 1, 2025), 2024)))
			.isInstanceOf(FieldException.class);
		assertThat(fixture.campaigns.list(null)).hasSize(before);
	}

	@Test
	void aPeriodOfAnotherCampaignIsNotFound() {
		Long one = fixture.aCampaign(ban).withMonthlyPeriods(7, 7).create();
		Long other = fixture.aCampaign(ban).create();
		Long period = fixture.campaigns.periods(one).get(0).id();

		assertThatThrownBy(() -> fixture.periods.get(office, other, period)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> fixture.periods.remove(office, other, period)).isInstanceOf(NotFoundException.class);
	}
}
