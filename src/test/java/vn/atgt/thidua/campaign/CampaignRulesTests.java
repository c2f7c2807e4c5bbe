package vn.atgt.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.atgt.thidua.common.persistence.Actor;
import vn.atgt.thidua.campaign.internal.Campaign;
import vn.atgt.thidua.campaign.internal.CampaignTransition;
import vn.atgt.thidua.campaign.internal.Participant;
import vn.atgt.thidua.campaign.internal.PeriodCalendar;
import vn.atgt.thidua.campaign.internal.PeriodCalendar.Draft;
import vn.atgt.thidua.campaign.internal.ReportingPeriod;
import vn.atgt.thidua.campaign.internal.TaskArea;
import vn.atgt.thidua.common.DomainException;
import vn.atgt.thidua.common.FieldException;
import vn.atgt.thidua.unit.UnitKind;

/** The rules a campaign keeps by itself: status transitions, task-area order, period checks, closed means read-only. */
class CampaignRulesTests {

	static final Actor OFFICE = new Actor("thuongtruc", "Phạm Thị Thường", Instant.parse("2024-06-21T01:00:00Z"));

	Campaign campaign;

	static LocalDate d(int day, int month, int year) {
		return LocalDate.of(year, month, day);
	}

	@BeforeEach
	void newCampaign() {
		campaign = new Campaign(1L, CampaignFixture.seedPlan("06/KH-BATGT"), OFFICE);
	}

	private void makeReady() {
		campaign.addTaskArea("Nhiệm vụ 1", null);
		campaign.addParticipant(10L);
	}

	private static FieldException fieldError(Runnable action) {
		try {
			action.run();
		}
		catch (FieldException e) {
			return e;
		}
		throw new AssertionError("no field error");
	}

	@Test
	void aNewCampaignIsADraftWithItsCreationInTheHistory() {
		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(campaign.getHistory()).singleElement().satisfies(t -> {
			assertThat(t.getFromStatus()).isNull();
			assertThat(t.getToStatus()).isEqualTo(CampaignStatus.DRAFT);
			assertThat(t.getChangedBy()).isEqualTo("thuongtruc");
		});
	}

	@Test
	void activationNeedsATaskAreaAndAParticipatingUnit() {
		assertThatThrownBy(() -> campaign.activate(OFFICE)).isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.activate.noTaskArea");
		campaign.addTaskArea("Nhiệm vụ 1", null);
		assertThatThrownBy(() -> campaign.activate(OFFICE))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.activate.noParticipant");
		campaign.addParticipant(10L);

		campaign.activate(OFFICE);

		assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.ACTIVE);
	}

	@Test
	void everyTransitionIsRecordedAndOnlyTheNextStepIsAllowed() {
		makeReady();
		assertThatThrownBy(() -> campaign.close(OFFICE))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.close.notActive");
		campaign.activate(OFFICE);
		assertThatThrownBy(() -> campaign.activate(OFFICE))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.activate.notDraft");
		campaign.close(OFFICE);

		assertThat(campaign.getHistory()).extracting(CampaignTransition::getToStatus)
			.containsExactly(CampaignStatus.DRAFT, CampaignStatus.ACTIVE, CampaignStatus.CLOSED);
		assertThat(campaign.getHistory().get(2).getFromStatus()).isEqualTo(CampaignStatus.ACTIVE);
	}

	@Test
	void aClosedCampaignRefusesEveryChange() {
		makeReady();
		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2024), d(31, 7, 2024), 20, false));
		campaign.activate(OFFICE);
		campaign.close(OFFICE);
		TaskArea area = campaign.getTaskAreas().get(0);
		Participant unit = campaign.getParticipants().get(0);

		List<Runnable> changes = List.of(() -> campaign.update(CampaignFixture.seedPlan("07/KH-BATGT")),
				() -> campaign.addTaskArea("Mới", null), () -> campaign.updateTaskArea(area, "Sửa", null),
				() -> campaign.removeTaskArea(area), () -> campaign.moveTaskArea(area, 1),
				() -> campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 8, 2024), d(31, 8, 2024), 20,
						false)),
				() -> campaign.removePeriod(campaign.getPeriods().get(0)), () -> campaign.addParticipant(11L),
				() -> campaign.updateParticipant(unit, "A", null, null, null, null, null),
				() -> campaign.removeParticipant(unit), () -> campaign.requireOpen());
		for (Runnable change : changes) {
			assertThatThrownBy(change::run).isInstanceOf(DomainException.class)
				.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("campaign.closed");
		}
		assertThat(campaign.getTaskAreas()).hasSize(1);
		assertThat(campaign.getPeriods()).hasSize(1);
	}

	@Test
	void endBeforeStartIsAFieldError() {
		CampaignCommand seed = CampaignFixture.seedPlan("06/KH-BATGT");
		CampaignCommand backwards = new CampaignCommand(seed.planNumber(), seed.planDate(), null, seed.title(), null,
				null, null, d(31, 12, 2024), d(21, 6, 2024), 2023, seed.goals(), seed.accidentConvention());

		FieldException e = fieldError(() -> campaign.update(backwards));

		assertThat(e.field()).isEqualTo("endDate");
		assertThat(e.messageKey()).isEqualTo("campaign.endDate.beforeStart");
		assertThat(campaign.getEndDate()).isEqualTo(d(31, 12, 2024));
	}

	@Test
	void theBaselineYearComesBeforeTheCampaign() {
		CampaignCommand seed = CampaignFixture.seedPlan("06/KH-BATGT");
		CampaignCommand sameYear = new CampaignCommand(seed.planNumber(), seed.planDate(), null, seed.title(), null,
				null, null, seed.startDate(), seed.endDate(), 2024, seed.goals(), seed.accidentConvention());

		assertThat(fieldError(() -> campaign.update(sameYear)).field()).isEqualTo("baselineYear");
	}

	@Test
	void taskAreasAreNumberedInOrderAndRenumberedWhenMovedOrRemoved() {
		TaskArea first = campaign.addTaskArea("Một", null);
		TaskArea second = campaign.addTaskArea("Hai", null);
		TaskArea third = campaign.addTaskArea("Ba", null);

		campaign.moveTaskArea(third, -1);
		assertThat(campaign.getTaskAreas()).extracting(TaskArea::getTitle).containsExactly("Một", "Ba", "Hai");
		assertThat(campaign.getTaskAreas()).extracting(TaskArea::getNumber).containsExactly(1, 2, 3);

		campaign.moveTaskArea(first, -1);
		assertThat(first.getNumber()).isEqualTo(1);

		campaign.removeTaskArea(first);
		assertThat(campaign.getTaskAreas()).extracting(TaskArea::getTitle).containsExactly("Ba", "Hai");
		assertThat(second.getNumber()).isEqualTo(2);
		assertThat(third.getNumber()).isEqualTo(1);
	}

	@Test
	void periodsOfOneCadenceMayNotOverlapButOfDifferentCadencesMay() {
		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2024), d(31, 12, 2024), 20, false));
		campaign.addPeriods(PeriodCalendar.generate(Cadence.QUARTERLY, d(1, 7, 2024), d(31, 12, 2024), 20, false));

		FieldException e = fieldError(() -> campaign.addPeriods(List.of(new Draft(Cadence.MONTHLY, "Giữa tháng",
				d(15, 8, 2024), d(14, 9, 2024), d(20, 9, 2024), false))));

		assertThat(e.messageKey()).isEqualTo("period.overlaps");
		assertThat(e.arguments()).containsExactly("Tháng 8/2024");
		assertThat(campaign.getPeriods()).hasSize(8);
	}

	@Test
	void nothingIsAddedWhenOneOfSeveralPeriodsIsRefused() {
		campaign.addPeriods(List.of(new Draft(Cadence.MONTHLY, "Tháng 9/2024", d(1, 9, 2024), d(30, 9, 2024),
				d(20, 10, 2024), false)));

		fieldError(() -> campaign.addPeriods(
				PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2024), d(31, 12, 2024), 20, false)));

		assertThat(campaign.getPeriods()).extracting(ReportingPeriod::getName).containsExactly("Tháng 9/2024");
	}

	@Test
	void aPeriodIsDueOnOrAfterItsLastDayAndEndsOnOrAfterItsFirst() {
		FieldException early = fieldError(() -> campaign.addPeriods(List.of(new Draft(Cadence.AD_HOC, "Sơ kết",
				d(1, 7, 2024), d(31, 7, 2024), d(30, 7, 2024), false))));
		assertThat(early.field()).isEqualTo("dueDate");
		assertThat(early.messageKey()).isEqualTo("period.dueDate.beforeEnd");

		FieldException backwards = fieldError(() -> campaign.addPeriods(List.of(new Draft(Cadence.AD_HOC, "Sơ kết",
				d(31, 7, 2024), d(1, 7, 2024), d(20, 8, 2024), false))));
		assertThat(backwards.field()).isEqualTo("endDate");
		assertThat(backwards.messageKey()).isEqualTo("period.endDate.beforeStart");
	}

	@Test
	void aPeriodOutsideTheCampaignIsRefusedUnlessItIsTheBaseline() {
		Draft june2024 = new Draft(Cadence.MONTHLY, "Tháng 6/2024", d(1, 6, 2024), d(30, 6, 2024), d(20, 7, 2024),
				false);
		FieldException e = fieldError(() -> campaign.addPeriods(List.of(june2024)));
		assertThat(e.field()).isEqualTo("startDate");
		assertThat(e.messageKey()).isEqualTo("period.outsideCampaign");
		assertThat(e.arguments()).containsExactly("21/06/2024", "31/12/2024");

		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2023), d(31, 12, 2023), 20, true));
		assertThat(campaign.getPeriods()).hasSize(6).allMatch(ReportingPeriod::isBaseline);
	}

	@Test
	void periodsChangeOnlyWhileTheCampaignIsADraftButMayBeAddedWhileItRuns() {
		makeReady();
		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2024), d(31, 7, 2024), 20, false));
		campaign.activate(OFFICE);
		ReportingPeriod july = campaign.getPeriods().get(0);

		assertThatThrownBy(() -> campaign.removePeriod(july))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("period.changeOnlyInDraft");
		Draft later = new Draft(Cadence.MONTHLY, "Tháng 7/2024", d(1, 7, 2024), d(31, 7, 2024), d(25, 8, 2024), false);
		assertThatThrownBy(() -> campaign.updatePeriod(july, later))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("period.changeOnlyInDraft");

		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 8, 2024), d(31, 8, 2024), 20, false));
		assertThat(campaign.getPeriods()).hasSize(2);
	}

	@Test
	void taskAreasAndUnitsAreRemovedOnlyWhileTheCampaignIsADraft() {
		makeReady();
		campaign.addTaskArea("Nhiệm vụ hai", null);
		campaign.activate(OFFICE);
		TaskArea area = campaign.getTaskAreas().get(0);
		Participant unit = campaign.getParticipants().get(0);

		assertThatThrownBy(() -> campaign.removeTaskArea(area))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("taskArea.removeOnlyInDraft");
		assertThatThrownBy(() -> campaign.removeParticipant(unit))
			.extracting(e -> ((DomainException) e).messageKey()).isEqualTo("participant.removeOnlyInDraft");
		assertThat(campaign.getTaskAreas()).hasSize(2);
		assertThat(campaign.getParticipants()).contains(unit);

		campaign.updateParticipant(unit, null, null, null, null, null, d(31, 10, 2024));
		campaign.addTaskArea("Nhiệm vụ ba", null);
		assertThat(campaign.getTaskAreas()).hasSize(3);
	}

	@Test
	void changingTheDatesMayNotLeaveAPeriodOutside() {
		campaign.addPeriods(PeriodCalendar.generate(Cadence.MONTHLY, d(1, 7, 2024), d(31, 12, 2024), 20, false));
		CampaignCommand seed = CampaignFixture.seedPlan("06/KH-BATGT");
		CampaignCommand shorter = new CampaignCommand(seed.planNumber(), seed.planDate(), null, seed.title(), null,
				null, null, seed.startDate(), d(30, 11, 2024), 2023, seed.goals(), seed.accidentConvention());

		FieldException e = fieldError(() -> campaign.update(shorter));

		assertThat(e.field()).isEqualTo("endDate");
		assertThat(e.arguments()).containsExactly("Tháng 12/2024");
	}

	@Test
	void aUnitTakesPartOnce() {
		campaign.addParticipant(10L);
		assertThat(fieldError(() -> campaign.addParticipant(10L)).messageKey()).isEqualTo("participant.already");
	}

	@Test
	void aUnitLeavesAfterItJoined() {
		Participant unit = campaign.addParticipant(10L);
		assertThat(fieldError(() -> campaign.updateParticipant(unit, null, null, null, null, d(1, 9, 2024),
				d(1, 8, 2024))).field()).isEqualTo("leftOn");
	}

	@Test
	void aUnitThatJoinedLateIsNotExpectedToReportForEarlierPeriods() {
		PeriodView july = new PeriodView(1L, 1L, Cadence.MONTHLY, "Tháng 7/2024", d(1, 7, 2024), d(31, 7, 2024),
				d(20, 8, 2024), false, 0);
		PeriodView august = new PeriodView(2L, 1L, Cadence.MONTHLY, "Tháng 8/2024", d(1, 8, 2024), d(31, 8, 2024),
				d(20, 9, 2024), false, 0);

		ParticipantView joinedInAugust = participant(d(10, 8, 2024), null);
		assertThat(joinedInAugust.participatesIn(july)).isFalse();
		assertThat(joinedInAugust.participatesIn(august)).isTrue();

		ParticipantView leftInJuly = participant(null, d(31, 7, 2024));
		assertThat(leftInJuly.participatesIn(july)).isTrue();
		assertThat(leftInJuly.participatesIn(august)).isFalse();

		assertThat(participant(null, null).participatesIn(july)).isTrue();
	}

	private static ParticipantView participant(LocalDate joinedOn, LocalDate leftOn) {
		return new ParticipantView(1L, 1L, 10L, "UBND xã Bản Bo", "Xã Bản Bo", UnitKind.COMMUNE_COMMITTEE, null, null,
				null, null, joinedOn, leftOn, 0);
	}
}
