package vn.atgt.thidua.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.PeriodView;
import vn.atgt.thidua.report.ReportStatusRow;
import vn.atgt.thidua.registration.RegistrationStatusRow;

/**
 * How the status of an item becomes a cell of the matrix, as of a day. An item is overdue when it is not in (not
 * started, a draft, or returned and not sent again) after its due date, by the calendar days since the due date: a
 * returned report counts from the period's due date, as the report module counts its resubmission late. An item sent
 * keeps the lateness of its submission in force (0 = on time). A period whose due date has not come is not late.
 */
final class CellRules {

	private CellRules() {
	}

	/** The cell of a unit's report for a period; {@code row} is null while the unit has not opened it. */
	static MatrixCell report(Long campaignId, PeriodView period, ParticipantView participant, ReportStatusRow row,
			LocalDate today) {
		String link = row != null ? "/reports/" + row.reportId()
				: "/campaigns/" + campaignId + "/reports?periodId=" + period.id() + "&unitId=" + participant.unitId();
		if (!participant.participatesIn(period)) {
			return new MatrixCell(CellStatus.NOT_PARTICIPATING, null, null, period.dueDate(),
					row == null ? null : link);
		}
		Integer overdue = overdueDays(period.dueDate(), today);
		if (row == null) {
			return new MatrixCell(overdue == null ? CellStatus.NOT_DUE : CellStatus.NOT_STARTED, null, overdue,
					period.dueDate(), link);
		}
		return switch (row.status()) {
			case DRAFT -> new MatrixCell(CellStatus.DRAFT, null, overdue, period.dueDate(), link);
			case RETURNED -> new MatrixCell(CellStatus.RETURNED, null, overdue, period.dueDate(), link);
			case SUBMITTED -> new MatrixCell(CellStatus.SUBMITTED, row.lateDays(), null, period.dueDate(), link);
			case ACCEPTED -> new MatrixCell(CellStatus.ACCEPTED, row.lateDays(), null, period.dueDate(), link);
		};
	}

	/**
	 * The cell of a unit's registration. Without a registration deadline nothing is late: a registration not started
	 * is then "not started", never overdue.
	 */
	static MatrixCell registration(Long campaignId, Long unitId, RegistrationStatusRow row, LocalDate today) {
		String link = "/campaigns/" + campaignId + "/targets/units/" + unitId;
		LocalDate deadline = row == null ? null : row.deadline();
		Integer overdue = deadline == null ? null : overdueDays(deadline, today);
		if (row == null || row.status() == null) {
			boolean notDue = deadline != null && overdue == null;
			return new MatrixCell(notDue ? CellStatus.NOT_DUE : CellStatus.NOT_STARTED, null, overdue, deadline, link);
		}
		Integer lateDays = deadline == null ? null : row.lateDays();
		return switch (row.status()) {
			case DRAFT -> new MatrixCell(CellStatus.DRAFT, null, overdue, deadline, link);
			case RETURNED -> new MatrixCell(CellStatus.RETURNED, null, overdue, deadline, link);
			case SUBMITTED -> new MatrixCell(CellStatus.SUBMITTED, lateDays, null, deadline, link);
			case APPROVED -> new MatrixCell(CellStatus.APPROVED, lateDays, null, deadline, link);
		};
	}

	/** Calendar days from the due date to today, when today is after it; else null (not due yet, or due today). */
	static Integer overdueDays(LocalDate dueDate, LocalDate today) {
		if (dueDate == null || !today.isAfter(dueDate)) {
			return null;
		}
		return (int) ChronoUnit.DAYS.between(dueDate, today);
	}
}
