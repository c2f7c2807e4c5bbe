package vn.atgt.thidua.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.atgt.thidua.campaign.Cadence;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.report.ReportStatus;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.registration.RegistrationStatus;
import vn.atgt.thidua.registration.RegistrationStatusRow;
import vn.atgt.thidua.unit.UnitKind;

/** The cells of the matrix and their totals, without a database: July 2024 is due on 20/08/2024. */
class CellRulesTests {

	static final Long CAMPAIGN = 7L;
	static final PeriodView JULY = new PeriodView(71L, CAMPAIGN, Cadence.MONTHLY, "Tháng 7/2024", LocalDate.of(2024, 7, 1),
			LocalDate.of(2024, 7, 31), LocalDate.of(2024, 8, 20), false, 0);
	static final ParticipantView BAN_BO = participant(null, null);
	static final LocalDate AUGUST_21 = LocalDate.of(2024, 8, 21);

	static ParticipantView participant(LocalDate joinedOn, LocalDate leftOn) {
		return new ParticipantView(1L, CAMPAIGN, 42L, "UBND xã Bản Bo", null, UnitKind.COMMUNE_COMMITTEE, null, null,
				null, null, joinedOn, leftOn, 0);
	}

	static ReportStatusRow report(ReportStatus status, Integer lateDays) {
		return new ReportStatusRow(900L, 42L, JULY.id(), status, Instant.EPOCH, Instant.EPOCH, lateDays, null);
	}

	@Test
	void aReportSentByTheDueDateIsOnTime() {
		MatrixCell cell = CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.SUBMITTED, 0), AUGUST_21);
		assertThat(cell.status()).isEqualTo(CellStatus.SUBMITTED);
		assertThat(cell.onTime()).isTrue();
		assertThat(cell.late()).isFalse();
		assertThat(cell.detailKey()).isEqualTo("monitoring.cell.onTime");
		assertThat(cell.link()).isEqualTo("/reports/900");
	}

	@Test
	void anAcceptedReportSentThreeDaysAfterTheDueDateStaysLateByThreeDays() {
		MatrixCell cell = CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.ACCEPTED, 3),
				LocalDate.of(2024, 12, 23));
		assertThat(cell.status()).isEqualTo(CellStatus.ACCEPTED);
		assertThat(cell.late()).isTrue();
		assertThat(cell.overdue()).isFalse();
		assertThat(cell.detailKey()).isEqualTo("monitoring.cell.lateBy");
		assertThat(cell.detail()).isEqualTo("3");
	}

	@Test
	void aReturnedReportWaitsForTheUnitAndIsOverdueFromThePeriodsDueDate() {
		MatrixCell cell = CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.RETURNED, 0),
				LocalDate.of(2024, 8, 22));
		assertThat(cell.status()).isEqualTo(CellStatus.RETURNED);
		assertThat(cell.overdue()).isTrue();
		assertThat(cell.overdueDays()).isEqualTo(2);
		assertThat(cell.detailKey()).isEqualTo("monitoring.cell.overdueBy");
	}

	@Test
	void nothingStartedBeforeOrOnTheDueDateIsNotDueAndNotLate() {
		for (LocalDate day : List.of(LocalDate.of(2024, 7, 15), LocalDate.of(2024, 8, 20))) {
			MatrixCell cell = CellRules.report(CAMPAIGN, JULY, BAN_BO, null, day);
			assertThat(cell.status()).isEqualTo(CellStatus.NOT_DUE);
			assertThat(cell.overdue()).isFalse();
			assertThat(cell.detailKey()).isNull();
			assertThat(cell.dueDate()).isEqualTo(LocalDate.of(2024, 8, 20));
			assertThat(cell.link()).isEqualTo("/campaigns/7/reports?periodId=71&unitId=42");
		}
		MatrixCell draft = CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.DRAFT, null),
				LocalDate.of(2024, 8, 19));
		assertThat(draft.status()).isEqualTo(CellStatus.DRAFT);
		assertThat(draft.overdue()).isFalse();
	}

	@Test
	void nothingStartedAfterTheDueDateIsOverdueByCalendarDays() {
		MatrixCell cell = CellRules.report(CAMPAIGN, JULY, BAN_BO, null, AUGUST_21);
		assertThat(cell.status()).isEqualTo(CellStatus.NOT_STARTED);
		assertThat(cell.overdueDays()).isEqualTo(1);
		MatrixCell draft = CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.DRAFT, null),
				LocalDate.of(2024, 9, 20));
		assertThat(draft.overdueDays()).isEqualTo(31);
	}

	@Test
	void aUnitThatJoinedAfterThePeriodEndedOrLeftBeforeItBeganDoesNotTakePart() {
		for (ParticipantView p : List.of(participant(LocalDate.of(2024, 8, 1), null),
				participant(null, LocalDate.of(2024, 6, 30)))) {
			MatrixCell cell = CellRules.report(CAMPAIGN, JULY, p, null, LocalDate.of(2024, 12, 23));
			assertThat(cell.status()).isEqualTo(CellStatus.NOT_PARTICIPATING);
			assertThat(cell.overdue()).isFalse();
			assertThat(cell.detailKey()).isNull();
			assertThat(cell.link()).isNull();
		}
		// joining on the last day of the period, or leaving on its first, is taking part
		assertThat(CellRules.report(CAMPAIGN, JULY, participant(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 7, 1)),
				null, AUGUST_21).status()).isEqualTo(CellStatus.NOT_STARTED);
	}

	@Test
	void aRegistrationIsLateOnlyAgainstADeadline() {
		LocalDate deadline = LocalDate.of(2024, 7, 15);
		RegistrationStatusRow none = new RegistrationStatusRow(42L, null, null, null, null, null, null, null);
		assertThat(CellRules.registration(CAMPAIGN, 42L, none, AUGUST_21).status()).isEqualTo(CellStatus.NOT_STARTED);
		assertThat(CellRules.registration(CAMPAIGN, 42L, none, AUGUST_21).overdue()).isFalse();

		RegistrationStatusRow notIn = new RegistrationStatusRow(42L, null, null, null, null, null, deadline, 37);
		assertThat(CellRules.registration(CAMPAIGN, 42L, notIn, LocalDate.of(2024, 7, 15)).status())
			.isEqualTo(CellStatus.NOT_DUE);
		MatrixCell overdue = CellRules.registration(CAMPAIGN, 42L, notIn, AUGUST_21);
		assertThat(overdue.status()).isEqualTo(CellStatus.NOT_STARTED);
		assertThat(overdue.overdueDays()).isEqualTo(37);
		assertThat(overdue.link()).isEqualTo("/campaigns/7/targets/units/42");

		RegistrationStatusRow approved = new RegistrationStatusRow(42L, 5L, RegistrationStatus.APPROVED, Instant.EPOCH,
				Instant.EPOCH, Instant.EPOCH, deadline, 3);
		MatrixCell cell = CellRules.registration(CAMPAIGN, 42L, approved, AUGUST_21);
		assertThat(cell.status()).isEqualTo(CellStatus.APPROVED);
		assertThat(cell.late()).isTrue();
		assertThat(cell.detail()).isEqualTo("3");
	}

	@Test
	void completenessCountsOnlyUnitsTakingPartAndNeverExceedsAHundred() {
		List<MatrixCell> cells = List.of(
				CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.ACCEPTED, 0), AUGUST_21),
				CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.SUBMITTED, 3), AUGUST_21),
				CellRules.report(CAMPAIGN, JULY, BAN_BO, report(ReportStatus.RETURNED, 0), AUGUST_21),
				CellRules.report(CAMPAIGN, JULY, BAN_BO, null, AUGUST_21),
				CellRules.report(CAMPAIGN, JULY, participant(LocalDate.of(2024, 9, 1), null),
						report(ReportStatus.SUBMITTED, 0), AUGUST_21));
		Totals totals = Totals.of(cells);
		assertThat(totals.expected()).isEqualTo(4);
		assertThat(totals.submitted()).isEqualTo(2);
		assertThat(totals.late()).isEqualTo(1);
		assertThat(totals.overdue()).isEqualTo(2);
		assertThat(totals.accepted()).isEqualTo(1);
		assertThat(totals.returned()).isEqualTo(1);
		assertThat(totals.notIn()).isEqualTo(2);
		assertThat(totals.completenessPercent()).isEqualByComparingTo(new BigDecimal("50.0"));
		assertThat(Totals.of(List.of()).completenessPercent()).isNull();
	}

	@Test
	void anItemSelectionReadsItsParameterAndGivesItBack() {
		assertThat(ItemSelection.parse(null)).isEqualTo(ItemSelection.ALL);
		assertThat(ItemSelection.parse("abc")).isEqualTo(ItemSelection.ALL);
		assertThat(ItemSelection.parse("registration")).isEqualTo(ItemSelection.REGISTRATION);
		assertThat(ItemSelection.parse(" 71 ")).isEqualTo(ItemSelection.period(71L));
		assertThat(ItemSelection.period(71L).param()).isEqualTo("71");
		assertThat(ItemSelection.period(71L).includes(71L)).isTrue();
		assertThat(ItemSelection.period(71L).includes(null)).isFalse();
		assertThat(ItemSelection.REGISTRATION.includes(null)).isTrue();
		assertThat(ItemSelection.REGISTRATION.includes(71L)).isFalse();
	}
}
